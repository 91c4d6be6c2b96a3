package org.aashray.reintegration.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.aashray.base.i18n.DateFormats;
import org.aashray.residents.ResidentDirectory;

/**
 * The feature's due work as the alerts feature's items: the resident's case number and the work's date, never her
 * name. The date is written once, when the rule runs, and shown later in every language (its format is the same
 * in all of them).
 */
public final class DueAlerts {

    private DueAlerts() {
    }

    /** One alert item per due item; the alert falls due {@code daysLate} days after the work's own date. */
    public static List<org.aashray.alerts.DueItem> of(List<DueItem> found, ResidentDirectory residents, String subjectType,
                                                      String descriptionKey, int daysLate) {
        Map<Long, String> cases = residents.caseNumbers(found.stream().map(DueItem::residentId).toList());
        return found.stream().map(d -> new org.aashray.alerts.DueItem(subjectType, d.id(), d.homeId(), d.dueOn().plusDays(daysLate),
                descriptionKey, List.of(cases.getOrDefault(d.residentId(), ""), day(d.dueOn())), "resident/" + d.residentId(), d.residentId())).toList();
    }

    /**
     * As {@link #of}, for work that only makes sense while she is in care (a verification, a repatriation): a
     * resident who has left raises nothing.
     */
    public static List<org.aashray.alerts.DueItem> ofResidentsInCare(List<DueItem> found, ResidentDirectory residents,
                                                                     String subjectType, String descriptionKey) {
        Set<Long> inCare = residents.currentHomes(found.stream().map(DueItem::residentId).toList()).keySet();
        return of(found.stream().filter(d -> inCare.contains(d.residentId())).toList(), residents, subjectType, descriptionKey, 0);
    }

    private static String day(LocalDate date) {
        return DateFormats.date(date, Locale.ENGLISH);
    }
}
