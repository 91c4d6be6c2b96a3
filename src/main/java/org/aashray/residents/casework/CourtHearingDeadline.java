package org.aashray.residents.casework;

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
 * A court hearing in the next 7 days (the rule's lead time, ADMIN edits it): the care manager arranges escort and
 * lawyer. Once the date has passed it stays open, overdue, until the next hearing date is recorded in the legal case.
 */
@Component
class CourtHearingDeadline extends DeclaredAlertRule {

    static final String KEY = "residents.court-hearing";

    private final LegalCaseService legalCases;

    CourtHearingDeadline(LegalCaseService legalCases) {
        super(KEY, "residents.alert.hearing", AlertSeverity.WARNING, Role.CARE_MANAGER, AlertDefaults.daily(7));
        this.legalCases = legalCases;
    }

    @Override
    public List<DueItem> dueItems(LocalDate horizon) {
        return legalCases.hearingsBy(horizon).stream()
                .map(h -> new DueItem("LegalCase", h.residentId(), h.homeId(), h.hearingOn(), "residents.alert.hearing.item",
                        List.of(h.caseNumber(), DateFormats.date(h.hearingOn())), "resident/" + h.residentId(), h.residentId()))
                .toList();
    }
}
