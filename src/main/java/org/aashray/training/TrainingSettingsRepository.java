package org.aashray.training;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingSettingsRepository extends JpaRepository<TrainingSettings, Long> {
}
