package org.aashray.placements.staylimits;

import org.aashray.homes.HomeType;
import org.springframework.data.jpa.repository.JpaRepository;

interface StayLimitRepository extends JpaRepository<StayLimit, HomeType> {
}
