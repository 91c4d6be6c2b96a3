package org.aashray.alerts;

import java.time.LocalDate;
import java.util.List;
import org.aashray.homes.HomeService;
import org.aashray.security.Role;
import org.springframework.stereotype.Component;

/**
 * A home's licence runs out: warn the care manager 60 days ahead (configurable), overdue once expired.
 * It lives here rather than in homes because alerts depends on homes, never the other way round.
 */
@Component
class HomeLicenceExpiringRule extends DeclaredAlertRule {

    static final String KEY = "homes.licence-expiring";

    private final HomeService homes;

    HomeLicenceExpiringRule(HomeService homes) {
        super(KEY, "alerts.rule.homeLicenceExpiring", AlertSeverity.WARNING, Role.CARE_MANAGER, AlertDefaults.daily(60));
        this.homes = homes;
    }

    @Override
    public List<DueItem> dueItems(LocalDate horizon) {
        return homes.licencesExpiringOnOrBefore(horizon).stream()
                .map(h -> new DueItem("Home", h.id(), h.id(), h.licenceExpiry(), "alerts.rule.homeLicenceExpiring.item",
                        List.of(h.name(), h.licenceExpiry().toString()), "home-inspections"))
                .toList();
    }
}
