package org.aashray.medical.appointments;

import java.time.Duration;
import java.time.LocalDate;
import org.aashray.base.InputChecks;
import org.aashray.medical.AppointmentRequest;
import org.aashray.medical.internal.MedicalText;
import org.aashray.residents.ResidentStatus;
import org.aashray.residents.ResidentSummary;

/** Checks an appointment as the form sends it: what, where and when, and that she lives in the home now. */
public final class AppointmentChecks {

    public static final String REQUIRED = "medical.validation.required";

    /** An appointment is planned up to ten years ahead; year 9999 is a typing slip, not a plan. */
    static final int YEARS_AHEAD = 10;

    private AppointmentChecks() {
    }

    /** Refuses the request with every problem found; {@code resident} is who the request names, if she can be found. */
    public static void check(AppointmentRequest r, ResidentSummary resident, LocalDate today) {
        InputChecks checks = new InputChecks()
                .require(r.kind() != null, "kind", REQUIRED)
                .require(r.place() != null && !r.place().isBlank(), "place", REQUIRED)
                .require(r.start() != null, "start", REQUIRED)
                .require(r.end() != null, "end", REQUIRED);
        if (r.start() != null && r.end() != null) {
            if (!r.end().isAfter(r.start())) {
                checks.add("end", "medical.validation.endBeforeStart");
            } else {
                checks.require(Duration.between(r.start(), r.end()).toHours() < 24, "end", "medical.validation.tooLong");
            }
        }
        if (resident == null || resident.homeId() != r.homeId() || resident.status() != ResidentStatus.IN_RESIDENCE) {
            checks.add("resident", "medical.validation.residentNotHere");
        } else {
            // from the year before her admission (an appointment recorded late)
            checks.within("date", r.start(), LocalDate.of(resident.admittedOn().getYear() - 1, 1, 1), today.plusYears(YEARS_AHEAD));
        }
        checks.maxLength("purpose", r.purpose(), MedicalText.MAX_LENGTH).throwIfAny();
    }
}
