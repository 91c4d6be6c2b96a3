package org.aashray.residents;

import java.time.LocalDate;
import java.util.List;
import org.aashray.alerts.AlertDefaults;
import org.aashray.alerts.AlertRule;
import org.aashray.alerts.AlertSeverity;
import org.aashray.alerts.DueItem;
import org.aashray.security.Role;
import org.springframework.stereotype.Component;

/**
 * A court hearing in the next 7 days (the rule's lead time, ADMIN edits it): the care manager arranges escort and
 * lawyer. Once the date has passed it stays open, overdue, until the next hearing date is recorded in the legal case.
 */
@Component
class CourtHearingRule implements AlertRule {

    static final String KEY = "residents.court-hearing";

    private final ResidentCasework casework;

    CourtHearingRule(ResidentCasework casework) {
        this.casework = casework;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String titleKey() {
        return "residents.alert.hearing";
    }

    @Override
    public AlertSeverity severity() {
        return AlertSeverity.WARNING;
    }

    @Override
    public Role alertedRole() {
        return Role.CARE_MANAGER;
    }

    @Override
    public AlertDefaults defaults() {
        return AlertDefaults.daily(7);
    }

    @Override
    public List<DueItem> dueItems(LocalDate horizon) {
        return casework.hearingsBy(horizon).stream()
                .map(h -> new DueItem("LegalCase", h.residentId(), h.homeId(), h.hearingOn(), "residents.alert.hearing.item",
                        List.of(h.caseNumber(), h.hearingOn().toString()), "resident/" + h.residentId()))
                .toList();
    }
}
