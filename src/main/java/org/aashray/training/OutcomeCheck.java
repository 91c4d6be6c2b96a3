package org.aashray.training;

import java.time.LocalDate;

/**
 * An outcome check that has fallen due: {@code monthsAfter} months after {@code completedOn}. It is overdue
 * once the configured grace period after {@code dueOn} has passed ({@code overdueFrom}).
 */
public record OutcomeCheck(long enrolmentId, long residentId, long homeId, String course, LocalDate completedOn,
                           int monthsAfter, LocalDate dueOn, LocalDate overdueFrom, boolean overdue) {
}
