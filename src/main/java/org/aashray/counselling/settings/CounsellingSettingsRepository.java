package org.aashray.counselling.settings;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CounsellingSettingsRepository extends JpaRepository<CounsellingSettings, Long> {

    Optional<CounsellingSettings> findByHomeId(Long homeId);

    @Query("select s from CounsellingSettings s where s.homeId is null")
    Optional<CounsellingSettings> findDefault();
}
