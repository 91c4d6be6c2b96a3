package org.aashray.medical.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.aashray.base.ValidationException;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.medical.AppointmentKind;
import org.aashray.medical.AppointmentRequest;
import org.aashray.medical.MedicalService;
import org.aashray.medical.healthchecks.HealthCheckService;
import org.aashray.medical.healthchecks.HealthCheckSummary;
import org.aashray.medical.records.MedicalRecordService;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentFilter;
import org.aashray.residents.ResidentStatus;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.StaffAccount;
import org.aashray.security.SystemAuthentication;
import org.aashray.security.UserAdminService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Demo medical work in Asha Transit Home (SUN-T) for the "medical" login: most admission checks done (the
 * newest arrivals' still open, some overdue), a hospital referral, a lab test, an in-house follow-up, and
 * conditions and medication for one resident. Once; a clashing booking is skipped.
 */
@Component
@Profile("demo")
@Order(31)
class DemoMedical implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMedical.class);
    private final MedicalService medical;
    private final HealthCheckService healthChecks;
    private final MedicalRecordService records;
    private final ResidentDirectory residents;
    private final HomeService homes;
    private final UserAdminService users;
    private final Clock clock;

    DemoMedical(MedicalService medical, HealthCheckService healthChecks, MedicalRecordService records, ResidentDirectory residents,
                HomeService homes, UserAdminService users, Clock clock) {
        this.medical = medical;
        this.healthChecks = healthChecks;
        this.records = records;
        this.residents = residents;
        this.homes = homes;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.run(this::seedOnce);
    }

    void seedOnce() {
        HomeSummary home = homes.accessibleHomes().stream().filter(h -> h.code().equals("SUN-T")).findFirst().orElse(null);
        StaffAccount nurse = users.list("medical", PageRequest.of(0, 5)).stream()
                .filter(a -> a.username().equals("medical")).findFirst().orElse(null);
        if (home == null || nurse == null) return;
        List<ResidentSummary> people = residents.search(new ResidentFilter(null, null, home.id(), ResidentStatus.IN_RESIDENCE,
                null, null, null), PageRequest.of(0, 8, Sort.by("admittedOn")));
        if (people.size() < 4 || !medical.history(people.get(0).id(), 1).isEmpty()) return;
        // all but the three newest arrivals have had their check
        List<HealthCheckSummary> open = healthChecks.openHealthChecks(500).stream().filter(c -> c.homeId() == home.id()).toList();
        for (int i = 0; i < open.size() - 3; i++) {
            healthChecks.recordHealthCheck(open.get(i).id(), open.get(i).version(),
                    "General condition fair. Weight and blood pressure normal. Mild anaemia: iron supplements.");
        }
        LocalDate today = LocalDate.now(clock);
        book(home, nurse, people.get(0), AppointmentKind.HOSPITAL_REFERRAL, "District Hospital, Sundarpur (demo)",
                today.plusDays(2).atTime(9, 0), 180, "Eye examination: blurred vision since arrival");
        book(home, nurse, people.get(1), AppointmentKind.LAB_TEST, "Government lab, Sundarpur (demo)",
                today.plusDays(1).atTime(8, 30), 60, "Blood tests: haemoglobin, thyroid");
        book(home, nurse, people.get(2), AppointmentKind.FOLLOW_UP, "Sick room",
                today.atTime(17, 0), 30, "Follow-up of skin infection");
        book(home, nurse, people.get(3), AppointmentKind.IN_HOUSE, "Sick room",
                today.minusDays(5).atTime(10, 0), 30, "Headaches");
        records.saveNotes(people.get(0).id(), -1, "Iron-deficiency anaemia. Short-sighted (to be confirmed).",
                "Ferrous sulphate 200 mg once daily after lunch, 3 months.");
        log.info("Demo medical work seeded for {}", home.code());
    }

    private void book(HomeSummary home, StaffAccount nurse, ResidentSummary who, AppointmentKind kind, String place,
                      LocalDateTime start, int minutes, String purpose) {
        try {
            medical.book(new AppointmentRequest(home.id(), who.id(), nurse.id(), nurse.displayName(), kind, place, start,
                    start.plusMinutes(minutes), purpose));
        } catch (ValidationException e) {
            log.info("Demo appointment at {} skipped: {}", start, e.getMessage());
        }
    }
}
