package org.aashray.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.aashray.base.ValidationException;
import org.aashray.base.i18n.BundleTranslationProvider;
import org.aashray.counselling.CounsellingService;
import org.aashray.counselling.SessionKind;
import org.aashray.counselling.SessionMode;
import org.aashray.counselling.SessionRequest;
import org.aashray.homes.BedService;
import org.aashray.medical.healthchecks.HealthCheckService;
import org.aashray.medical.healthchecks.HealthCheckSummary;
import org.aashray.medical.records.MedicalRecordService;
import org.aashray.placements.PlacementRecord;
import org.aashray.placements.PlacementService;
import org.aashray.placements.admissions.MoveService;
import org.aashray.placements.admissions.Transfer;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.residents.ResidentSummary;
import org.aashray.residents.TraffickingForm;
import org.aashray.residents.intake.Intake;
import org.aashray.residents.intake.IntakeService;
import org.aashray.security.NewStaffAccount;
import org.aashray.security.Role;
import org.aashray.security.SystemAuthentication;
import org.aashray.security.UserAdminService;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class MedicalServiceTest {

    @Autowired MedicalService medical;
    @Autowired HealthCheckService checks;
    @Autowired MedicalRecordService records;
    @Autowired CounsellingService counselling;
    @Autowired IntakeService residents;
    @Autowired JdbcTemplate jdbc;
    @Autowired ReintegrationFixtures fx;
    @Autowired PlacementService placements;
    @Autowired MoveService moves;
    @Autowired BedService beds;
    @Autowired UserAdminService users;

    long homeId(String code) {
        return jdbc.queryForObject("select id from homes where code = ?", Long.class, code);
    }

    long resident(String home, int offset) {
        return jdbc.queryForObject("select id from residents where home_id = ? and status = 'IN_RESIDENCE' order by id desc limit 1 offset ?",
                Long.class, homeId(home), offset);
    }

    LocalDateTime at(int week, int hour) {
        return LocalDate.of(2032, 5, 3).plusWeeks(week).atTime(hour, 0);
    }

    AppointmentRequest request(long residentId, AppointmentKind kind, LocalDateTime start, int minutes, String purpose) {
        return new AppointmentRequest(homeId("SUN-T"), residentId, null, null, kind, "District Hospital", start,
                start.plusMinutes(minutes), purpose);
    }

    @Test
    void admitting_a_resident_creates_her_health_check_due_within_24_hours() {
        Intake in = new Intake();
        in.setHomeId(homeId("SUN-L"));
        in.setName("Health Check Arrival");
        in.setApproximateAge(24);
        in.setOrigin("IN-WB");
        in.setTraffickingForm(TraffickingForm.LABOUR);
        ResidentSummary admitted = SystemAuthentication.call(() -> residents.admit(in));

        List<HealthCheckSummary> open = SystemAuthentication.call(() -> checks.openHealthChecks(1000));
        HealthCheckSummary check = open.stream().filter(c -> c.residentId() == admitted.id()).findFirst().orElseThrow();
        assertThat(Duration.between(LocalDateTime.now(), check.dueAt()).toHours()).isBetween(22L, 24L);
        assertThat(check.overdue()).isFalse();
    }

    @Test
    @WithUserDetails("medical")
    void purpose_results_and_notes_are_encrypted_in_the_database_and_readable_through_the_service() {
        long r = resident("SUN-T", 0);
        AppointmentSummary a = medical.book(request(r, AppointmentKind.LAB_TEST, at(0, 9), 60, "Tuberculosis screening"));
        medical.recordOutcome(a.id(), a.version(), AppointmentStatus.DONE, "Negative");
        records.saveNotes(r, records.notes(r).version(), "Asthma since childhood", "Salbutamol inhaler when needed");

        String purpose = jdbc.queryForObject("select concat(purpose, '|', result) from medical_appointments where id = ?", String.class, a.id());
        String record = jdbc.queryForObject("select concat(conditions, '|', medication) from medical_records where resident_id = ?", String.class, r);
        assertThat(purpose).doesNotContain("Tuberculosis").doesNotContain("Negative");
        assertThat(record).doesNotContain("Asthma").doesNotContain("Salbutamol");
        assertThat(medical.get(a.id()).purpose()).isEqualTo("Tuberculosis screening");
        assertThat(records.notes(r).conditions()).isEqualTo("Asthma since childhood");
    }

    @Test
    @WithUserDetails("caremanager")
    void a_care_manager_sees_dates_and_places_but_not_purpose_results_or_conditions() {
        long r = resident("SUN-T", 1);
        long id = SystemAuthentication.call(() -> medical.book(new AppointmentRequest(homeId("SUN-T"), r, 1L, "Nurse",
                AppointmentKind.HOSPITAL_REFERRAL, "District Hospital", at(1, 10), at(1, 12), "Gynaecology check")).id());
        AppointmentSummary seen = medical.get(id);
        assertThat(seen.start()).isEqualTo(at(1, 10));
        assertThat(seen.place()).isEqualTo("District Hospital");
        assertThat(seen.purpose()).isNull();
        assertThat(medical.history(r, 10)).allSatisfy(x -> assertThat(x.purpose()).isNull());
        assertThatThrownBy(() -> records.notes(r)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> medical.book(request(r, AppointmentKind.IN_HOUSE, at(1, 14), 30, "x")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_appointment_and_a_counselling_session_for_the_same_resident_cannot_overlap_either_way() {
        long r = resident("SUN-T", 2);
        String name = jdbc.queryForObject("select name from residents where id = ?", String.class, r);
        SystemAuthentication.run(() -> {
            counselling.book(new SessionRequest(homeId("SUN-T"), 999_100L, "Counsellor X", SessionKind.INDIVIDUAL, SessionMode.PHONE,
                    List.of(r), null, at(2, 10), at(2, 11), null, 1));
            assertThatThrownBy(() -> medical.book(new AppointmentRequest(homeId("SUN-T"), r, 999_101L, "Nurse",
                    AppointmentKind.HOSPITAL_REFERRAL, "District Hospital", at(2, 9), at(2, 12), null)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(message(e))
                            .isEqualTo(name + " already has a counselling session on " + at(2, 10).toLocalDate()
                                    .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 10:00–11:00."));

            medical.book(new AppointmentRequest(homeId("SUN-T"), r, 999_101L, "Nurse", AppointmentKind.LAB_TEST, "Lab",
                    at(2, 14), at(2, 15), null));
            assertThatThrownBy(() -> counselling.book(new SessionRequest(homeId("SUN-T"), 999_100L, "Counsellor X",
                    SessionKind.INDIVIDUAL, SessionMode.PHONE, List.of(r), null, at(2, 14).plusMinutes(30), at(2, 15).plusMinutes(30), null, 1)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(message(e)).contains("medical appointment"));
        });
    }

    @Test
    @WithUserDetails("medical")
    void an_in_house_appointment_over_her_session_and_the_nurses_appointment_names_both_clashes() {
        long her = resident("SUN-T", 3);
        long other = resident("SUN-T", 4);
        String name = jdbc.queryForObject("select name from residents where id = ?", String.class, her);
        SystemAuthentication.run(() -> counselling.book(new SessionRequest(homeId("SUN-T"), 999_102L, "Counsellor Y",
                SessionKind.INDIVIDUAL, SessionMode.PHONE, List.of(her), null, at(3, 10), at(3, 11), null, 1)));
        medical.book(request(other, AppointmentKind.IN_HOUSE, at(3, 10), 30, null));

        ValidationException refused = org.assertj.core.api.Assertions.catchThrowableOfType(ValidationException.class,
                () -> medical.book(request(her, AppointmentKind.IN_HOUSE, at(3, 10), 30, null)));

        String day = at(3, 10).toLocalDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(refused.errors()).extracting(ValidationException.FieldError::field).containsOnly("start");
        assertThat(refused.errors()).extracting(e -> new BundleTranslationProvider().getTranslation(e.messageKey(), Locale.ENGLISH, e.args()))
                .containsExactly(name + " already has a counselling session on " + day + " 10:00–11:00.",
                        "Meena Medical (demo) already has an in-house medical appointment on " + day + " 10:00–10:30.");
    }

    @Test
    void an_open_admission_health_check_moves_with_her_to_the_receiving_home_and_its_medical_staff() {
        var placed = fx.placedResident("SUN-T", "Transfer Check Lata", 24, 2);
        long ujala = homeId("SUN-L");
        long checkId = jdbc.queryForObject("select id from medical_health_checks where resident_id = ? and done_at is null",
                Long.class, placed.resident().id());

        transferToUjala(placed);

        assertThat(jdbc.queryForObject("select home_id from medical_health_checks where id = ?", Long.class, checkId)).isEqualTo(ujala);
        assertThat(jdbc.queryForObject("select count(*) from audit_events where entity_type = 'HealthCheck' and entity_id = ?"
                + " and action = 'TRANSFER' and home_id = ?", Integer.class, String.valueOf(checkId), ujala)).isEqualTo(1);
        // medical staff of the receiving home only: the check is on their list, and they record it
        String ujalaOnly = medicalOnlyIn(ujala);
        HealthCheckSummary open = fx.as(ujalaOnly, () -> checks.openHealthChecks(1000)).stream()
                .filter(c -> c.id() == checkId).findFirst().orElseThrow();
        assertThat(open.homeId()).isEqualTo(ujala);
        assertThat(fx.as(ujalaOnly, () -> checks.recordHealthCheck(checkId, open.version(), "Well on arrival")).doneAt()).isNotNull();
    }

    /** Moves her to a new bed in Ujala Long-term Home, as the demo care manager (who works in both homes) does. */
    private void transferToUjala(ReintegrationFixtures.Placed placed) {
        long ujala = homeId("SUN-L");
        long bed = SystemAuthentication.call(() -> {
            var room = beds.addRoom(ujala, "Check transfer room " + placed.resident().id());
            return beds.addBeds(room.id(), "CT" + placed.resident().id() + "-", 1).getFirst().id();
        });
        PlacementRecord from = placed.placement();
        fx.as("caremanager", () -> moves.move(new Transfer(placed.resident().id(), from.id(), from.version(), bed,
                LocalDate.now(), "Long-term rehabilitation ordered", null, null)));
    }

    private String medicalOnlyIn(long homeId) {
        String username = "medical-of-" + homeId;
        SystemAuthentication.run(() -> {
            if (!users.exists(username)) {
                users.createWithPermanentPassword(new NewStaffAccount(username, "Medical officer of home " + homeId,
                        EnumSet.of(Role.MEDICAL), Set.of(homeId), Set.of(), "en", "receiving-pass-1"));
            }
        });
        return username;
    }

    private static String message(ValidationException e) {
        var error = e.errors().getFirst();
        return new BundleTranslationProvider().getTranslation(error.messageKey(), Locale.ENGLISH, error.args());
    }
}
