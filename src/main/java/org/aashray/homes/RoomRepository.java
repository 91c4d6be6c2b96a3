package org.aashray.homes;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoomRepository extends JpaRepository<Room, Long> {

    List<Room> findByHomeIdOrderByName(long homeId);

    boolean existsByHomeIdAndName(long homeId, String name);
}
