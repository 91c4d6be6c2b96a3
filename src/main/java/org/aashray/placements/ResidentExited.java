package org.aashray.placements;

import java.time.LocalDate;

/** A resident left care; reintegration schedules follow-ups from it. ABSCONDED is a safety emergency. */
public record ResidentExited(long residentId, long homeId, ExitReason exitReason, LocalDate exitDate, String destination) {
}
