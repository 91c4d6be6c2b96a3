package org.aashray.medical;

import java.time.LocalDateTime;

/** An appointment as lists show it; purpose and result are null unless the caller is medical staff. */
public record AppointmentSummary(long id, long homeId, long residentId, String residentName, long staffId, String staffName,
                                 AppointmentKind kind, String place, LocalDateTime start, LocalDateTime end,
                                 AppointmentStatus status, String purpose, String result, long version) {

    static AppointmentSummary of(Appointment a, boolean confidential) {
        return new AppointmentSummary(a.getId(), a.getHomeId(), a.getResidentId(), a.getResidentName(), a.getStaffId(),
                a.getStaffName(), a.getKind(), a.getPlace(), a.getStartsAt(), a.getEndsAt(), a.getStatus(),
                confidential ? a.getPurpose() : null, confidential ? a.getResult() : null, a.getVersion());
    }
}
