package org.aashray.alerts;

import java.time.LocalDate;
import java.util.List;

/**
 * One item a rule found due or overdue. The description is a translation key with arguments that must
 * not identify a person (a case number, a date, a home: never a name); {@code route} is the view that
 * opens the record (e.g. {@code "residents/42"}), or null.
 */
public record DueItem(String subjectType, long subjectId, long homeId, LocalDate dueDate, String descriptionKey,
                      List<String> descriptionArgs, String route) {

    public DueItem {
        descriptionArgs = descriptionArgs == null ? List.of() : List.copyOf(descriptionArgs);
    }
}
