package org.aashray.medical;

import java.time.LocalDateTime;

/** An appointment as the form sends it; {@code staffId} null means the caller. */
public record AppointmentRequest(long homeId, long residentId, Long staffId, String staffName, AppointmentKind kind,
                                 String place, LocalDateTime start, LocalDateTime end, String purpose) {
}
