package org.aashray.residents.children;

import java.time.LocalDate;
import java.util.List;
import org.aashray.alerts.AlertDefaults;
import org.aashray.alerts.AlertSeverity;
import org.aashray.alerts.DeclaredAlertRule;
import org.aashray.alerts.DueItem;
import org.aashray.base.i18n.DateFormats;
import org.aashray.security.Role;
import org.springframework.stereotype.Component;

/**
 * A child's social investigation report not submitted within 15 days of admission (JJ Act s.36; ADMIN's child
 * deadlines): the counsellor (social worker) is warned ahead and alerted once it is late.
 */
@Component
class SocialInvestigationDeadline extends DeclaredAlertRule {

    static final String KEY = "residents.social-investigation";

    private final ChildProceedingsService children;

    SocialInvestigationDeadline(ChildProceedingsService children) {
        super(KEY, "residents.alert.sir", AlertSeverity.WARNING, Role.COUNSELLOR, AlertDefaults.daily(3));
        this.children = children;
    }

    @Override
    public List<DueItem> dueItems(LocalDate horizon) {
        return children.socialInvestigationDueBy(horizon).stream()
                .map(c -> new DueItem("SocialInvestigation", c.residentId(), c.homeId(), c.from(), "residents.alert.sir.item",
                        List.of(c.caseNumber(), DateFormats.date(c.from())), "resident/" + c.residentId(), c.residentId()))
                .toList();
    }
}
