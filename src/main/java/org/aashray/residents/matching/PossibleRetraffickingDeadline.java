package org.aashray.residents.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aashray.alerts.AlertDefaults;
import org.aashray.alerts.AlertSeverity;
import org.aashray.alerts.DeclaredAlertRule;
import org.aashray.alerts.DueItem;
import org.aashray.residents.ResidentStatus;
import org.aashray.security.Role;
import org.springframework.stereotype.Component;

/**
 * A confirmed return is a possible re-trafficking: both homes' care managers are alerted on the day of the
 * confirmation, each once (one subject per home of the link), until their home records that it reviewed her
 * safety ({@link ReturnConfirmations#markReviewed}). The new home's alert goes too if she leaves before; the
 * earlier home's concerns a stay that has ended, which is the point: how she came to be trafficked again.
 */
@Component
class PossibleRetraffickingDeadline extends DeclaredAlertRule {

    static final String KEY = "residents.possible-retrafficking";
    static final String AT_NEW_HOME = "ReturnLinkNewHome";
    static final String AT_EARLIER_HOME = "ReturnLinkEarlierHome";

    private final ReturnRequestRepository requests;

    PossibleRetraffickingDeadline(ReturnRequestRepository requests) {
        super(KEY, "residents.alert.retrafficking", AlertSeverity.URGENT, Role.CARE_MANAGER, AlertDefaults.daily(0));
        this.requests = requests;
    }

    @Override
    public List<DueItem> dueItems(LocalDate horizon) {
        List<DueItem> due = new ArrayList<>();
        for (Object[] row : requests.unreviewed()) {
            ReturnRequest q = (ReturnRequest) row[0];
            if (q.getDecidedOn().isAfter(horizon)) continue;
            List<String> args = List.of((String) row[3], (String) row[4]);
            if (q.getReviewedByNewHome() == null && row[5] == ResidentStatus.IN_RESIDENCE) {
                due.add(new DueItem(AT_NEW_HOME, q.getId(), (Long) row[1], q.getDecidedOn(), "residents.alert.retrafficking.item",
                        args, "residents/returns"));
            }
            if (q.getReviewedByEarlierHome() == null) {
                due.add(new DueItem(AT_EARLIER_HOME, q.getId(), (Long) row[2], q.getDecidedOn(),
                        "residents.alert.retrafficking.item", args, "residents/returns"));
            }
        }
        return due;
    }
}
