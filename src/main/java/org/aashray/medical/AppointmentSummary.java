package org.aashray.medical;

import java.time.LocalDateTime;

/**
 * An appointment as lists show it; purpose and result are null unless the caller is medical staff. One the application
 * cancelled (she was transferred or left) names its {@code cancelCause}.
 */
public record AppointmentSummary(long id, long homeId, long residentId, String residentName, long staffId, String staffName,
                                 AppointmentKind kind, String place, LocalDateTime start, LocalDateTime end,
                                 AppointmentStatus status, CancelCause cancelCause, String purpose, String result,
                                 long version) {
}
