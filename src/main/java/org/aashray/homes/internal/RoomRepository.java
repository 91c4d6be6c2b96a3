package org.aashray.homes.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoomRepository extends JpaRepository<Room, Long> {

    List<Room> findByHomeIdOrderByName(long homeId);

    boolean existsByHomeIdAndName(long homeId, String name);
}
