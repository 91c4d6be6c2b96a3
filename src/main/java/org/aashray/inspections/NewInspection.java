package org.aashray.inspections;

import java.time.LocalDate;
import java.util.List;

/** What an official enters after a visit. */
public record NewInspection(long homeId, LocalDate visitDate, String inspectors, String summary,
                            List<Finding> findings, List<NewAction> actions) {

    public record NewAction(String description, String owner, LocalDate dueDate) {
    }
}
