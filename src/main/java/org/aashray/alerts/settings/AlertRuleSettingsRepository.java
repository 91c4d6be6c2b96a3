package org.aashray.alerts.settings;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AlertRuleSettingsRepository extends JpaRepository<AlertRuleSettings, String> {

    List<AlertRuleSettings> findAllByOrderByRuleKey();
}
