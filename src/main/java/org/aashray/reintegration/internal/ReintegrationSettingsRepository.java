package org.aashray.reintegration.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReintegrationSettingsRepository extends JpaRepository<ReintegrationSettings, Integer> {
}
