package org.aashray.homes.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BedRepository extends JpaRepository<Bed, Long> {

    @Query("select b from Bed b join fetch b.room r where r.home.id = :homeId order by r.name, b.label")
    List<Bed> findByHome(@Param("homeId") long homeId);

    boolean existsByRoomIdAndLabel(long roomId, String label);

    @Query("select b from Bed b join fetch b.room r join fetch r.home where b.id = :id")
    java.util.Optional<Bed> findWithHome(@Param("id") long id);
}
