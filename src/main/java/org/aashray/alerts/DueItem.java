package org.aashray.alerts;

import java.time.LocalDate;
import java.util.List;

/**
 * One item a rule found due or overdue. The description is a translation key with arguments that must
 * not identify a person (a case number, a date, a home: never a name); {@code route} is the view that
 * opens the record (e.g. {@code "residents/42"}), or null. {@code residentId} names the resident the item is about
 * (null for a home, an inspection or a group session): her open alerts follow her transfers and close when she leaves
 * ({@link ResidentAlerts}).
 */
public record DueItem(String subjectType, long subjectId, long homeId, LocalDate dueDate, String descriptionKey,
                      List<String> descriptionArgs, String route, Long residentId) {

    public DueItem {
        descriptionArgs = descriptionArgs == null ? List.of() : List.copyOf(descriptionArgs);
    }

    /** An item about no one resident. */
    public DueItem(String subjectType, long subjectId, long homeId, LocalDate dueDate, String descriptionKey,
                   List<String> descriptionArgs, String route) {
        this(subjectType, subjectId, homeId, dueDate, descriptionKey, descriptionArgs, route, null);
    }
}
