package org.aashray.alerts.deadlines;

import java.time.LocalDate;
import java.util.List;
import org.aashray.alerts.AlertDefaults;
import org.aashray.alerts.AlertSeverity;
import org.aashray.alerts.AlertSubject;
import org.aashray.alerts.DeclaredAlertRule;
import org.aashray.alerts.DueItem;
import org.aashray.base.i18n.DateFormats;
import org.aashray.homes.HomeService;
import org.aashray.security.Role;
import org.springframework.stereotype.Component;

/**
 * A home's licence runs out: warn the care manager 60 days ahead (configurable), overdue once expired.
 * It lives here rather than in homes because alerts depends on homes, never the other way round.
 */
@Component
public class HomeLicenceExpiringDeadline extends DeclaredAlertRule {

    public static final String KEY = "homes.licence-expiring";

    private final HomeService homes;

    HomeLicenceExpiringDeadline(HomeService homes) {
        super(KEY, "alerts.rule.homeLicenceExpiring", AlertSeverity.WARNING, Role.CARE_MANAGER, AlertDefaults.daily(60));
        this.homes = homes;
    }

    /** About the home, not a resident: ADMIN sees it too. */
    @Override
    public AlertSubject subject() {
        return AlertSubject.STRUCTURE;
    }

    @Override
    public List<DueItem> dueItems(LocalDate horizon) {
        return homes.licencesExpiringOnOrBefore(horizon).stream()
                .map(h -> new DueItem("Home", h.id(), h.id(), h.licenceExpiry(), "alerts.rule.homeLicenceExpiring.item",
                        List.of(h.name(), DateFormats.date(h.licenceExpiry())), "home-inspections"))
                .toList();
    }
}
