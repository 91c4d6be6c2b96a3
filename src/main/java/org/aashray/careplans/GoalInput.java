package org.aashray.careplans;

import java.time.LocalDate;

/** A goal as the form sends it; {@code id} null adds a goal. */
public record GoalInput(Long id, long version, GoalArea area, String goal, String owner, LocalDate targetOn, GoalStatus status) {
}
