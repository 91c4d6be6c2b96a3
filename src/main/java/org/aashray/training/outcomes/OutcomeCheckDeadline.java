package org.aashray.training.outcomes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aashray.alerts.AlertDefaults;
import org.aashray.alerts.AlertSeverity;
import org.aashray.alerts.DeclaredAlertRule;
import org.aashray.alerts.DueItem;
import org.aashray.base.i18n.DateFormats;
import org.aashray.residents.ResidentDirectory;
import org.aashray.security.Role;
import org.aashray.training.OutcomeCheck;
import org.aashray.training.OutcomeService;
import org.springframework.stereotype.Component;

/**
 * A trainee's outcome check (3 and 6 months after completing a course by default, ADMIN's training limits) not
 * recorded: warn ahead of the end of its grace period, overdue after, until the outcome is recorded.
 */
@Component
class OutcomeCheckDeadline extends DeclaredAlertRule {

    static final String KEY = "training.outcome-check";

    private final OutcomeService outcomes;
    private final ResidentDirectory residents;

    OutcomeCheckDeadline(OutcomeService outcomes, ResidentDirectory residents) {
        super(KEY, "training.alert.outcome", AlertSeverity.INFO, Role.TRAINER, AlertDefaults.daily(7));
        this.outcomes = outcomes;
        this.residents = residents;
    }

    @Override
    public List<DueItem> dueItems(LocalDate horizon) {
        List<OutcomeCheck> due = outcomes.checksOverdueBy(horizon);
        // she left care: nobody can ask her any more
        Set<Long> inCare = residents.currentHomes(due.stream().map(OutcomeCheck::residentId).toList()).keySet();
        List<OutcomeCheck> found = due.stream().filter(d -> inCare.contains(d.residentId())).toList();
        Map<Long, String> cases = residents.caseNumbers(found.stream().map(OutcomeCheck::residentId).toList());
        // About the course, not about where she lives: the trainers of the home that ran it hold the enrolment and
        // record its outcome, so the alert stays with them when she is transferred (no resident on the item).
        return found.stream().map(c -> new DueItem("OutcomeCheck" + c.monthsAfter(), c.enrolmentId(), c.homeId(), c.overdueFrom(),
                "training.alert.outcome.item", List.of(cases.getOrDefault(c.residentId(), ""), String.valueOf(c.monthsAfter()),
                DateFormats.date(c.dueOn())), "training")).toList();
    }
}
