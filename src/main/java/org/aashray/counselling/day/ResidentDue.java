package org.aashray.counselling.day;

import java.time.LocalDate;

/** A resident of the home who has had no session for too long ({@code lastSession} null: none yet). */
public record ResidentDue(long residentId, String name, LocalDate admittedOn, LocalDate lastSession) {
}
