package org.aashray.careplans.settings;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CarePlanSettingsRepository extends JpaRepository<CarePlanSettings, Long> {

    Optional<CarePlanSettings> findByHomeId(Long homeId);

    @Query("select s from CarePlanSettings s where s.homeId is null")
    Optional<CarePlanSettings> findDefault();
}
