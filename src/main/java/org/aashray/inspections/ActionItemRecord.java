package org.aashray.inspections;

import java.time.LocalDate;

/**
 * Something an inspection asked the home to do, by a date; once done, what was done, when and by whom.
 * {@code version} goes back with {@link InspectionService#recordActionTaken} so that a second care manager's
 * save does not overwrite the first.
 */
public record ActionItemRecord(long id, long inspectionId, long homeId, String description, String owner,
                               LocalDate dueDate, ActionStatus status, String actionTaken, LocalDate doneOn,
                               String doneBy, long version) {

    public boolean isOverdue(LocalDate today) {
        return status == ActionStatus.OPEN && dueDate.isBefore(today);
    }
}
