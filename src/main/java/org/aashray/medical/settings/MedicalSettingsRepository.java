package org.aashray.medical.settings;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MedicalSettingsRepository extends JpaRepository<MedicalSettings, Long> {

    Optional<MedicalSettings> findByHomeId(Long homeId);

    @Query("select s from MedicalSettings s where s.homeId is null")
    Optional<MedicalSettings> findDefault();
}
