package org.aashray.training.courses;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TrainingSettingsRepository extends JpaRepository<TrainingSettings, Long> {
}
