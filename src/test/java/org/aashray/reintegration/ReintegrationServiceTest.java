package org.aashray.reintegration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.aashray.base.ValidationException;
import org.aashray.placements.ExitReason;
import org.aashray.placements.ExitRequest;
import org.aashray.placements.PlacementRecord;
import org.aashray.placements.PlacementService;
import org.aashray.reintegration.followup.ExitInfo;
import org.aashray.reintegration.followup.FollowUp;
import org.aashray.reintegration.followup.FollowUpRepository;
import org.aashray.reintegration.followup.FollowUpService;
import org.aashray.reintegration.followup.FollowUpStatus;
import org.aashray.reintegration.internal.DueItem;
import org.aashray.reintegration.internal.ReintegrationAccess;
import org.aashray.reintegration.internal.ReintegrationDueItems;
import org.aashray.reintegration.internal.ReintegrationSettingsService;
import org.aashray.reintegration.readiness.Answer;
import org.aashray.reintegration.readiness.Readiness;
import org.aashray.reintegration.readiness.ReadinessItem;
import org.aashray.reintegration.readiness.ReadinessItemAnswer;
import org.aashray.reintegration.readiness.ReadinessService;
import org.aashray.reintegration.repatriation.Country;
import org.aashray.reintegration.repatriation.Repatriation;
import org.aashray.reintegration.repatriation.RepatriationRepository;
import org.aashray.reintegration.repatriation.RepatriationService;
import org.aashray.reintegration.verification.DestinationKind;
import org.aashray.reintegration.verification.HomeVerification;
import org.aashray.reintegration.verification.Recommendation;
import org.aashray.reintegration.verification.VerificationRepository;
import org.aashray.reintegration.verification.VerificationRequest;
import org.aashray.reintegration.verification.VerificationService;
import org.aashray.reintegration.verification.VerificationVisit;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@AashrayIntegrationTest
class ReintegrationServiceTest {

    @Autowired ReintegrationFixtures fx;
    @Autowired VerificationService verifications;
    @Autowired ReadinessService readiness;
    @Autowired FollowUpService followUps;
    @Autowired RepatriationService repatriations;
    @Autowired PlacementService placements;
    @Autowired ReintegrationSettingsService settings;
    @Autowired VerificationRepository verificationRepo;
    @Autowired FollowUpRepository followUpRepo;
    @Autowired RepatriationRepository repatriationRepo;
    @Autowired ReintegrationAccess access;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    VerificationVisit safeVisit() {
        return new VerificationVisit(today(), "Mother and elder brother", "Mother, brother, two younger sisters",
                "Mother works as a day labourer", false, null, "None known", "Welcoming; the panchayat head supports her return",
                "Village school till class 10, tailoring unit nearby", "Agent still lives in the next district",
                Recommendation.SAFE, "Family not involved, supportive, agent's contacts known to the police");
    }

    List<ReadinessItemAnswer> allMet(ReadinessItem... notMet) {
        return Arrays.stream(ReadinessItem.values()).map(i -> new ReadinessItemAnswer(i,
                Arrays.asList(notMet).contains(i) ? Answer.NOT_MET : Answer.MET, "ok")).toList();
    }

    /** Care manager requests, counsellor records a safe visit and a readiness check. */
    void makeReady(long residentId, ReadinessItem... notMet) {
        HomeVerification v = fx.as("caremanager", () -> verifications.request(new VerificationRequest(residentId,
                DestinationKind.FAMILY, "Village Dhanpur, South 24 Parganas", "Mother", "counsellor", null, null)));
        fx.as("counsellor", () -> verifications.record(v.getId(), v.getVersion(), safeVisit()));
        fx.as("counsellor", () -> readiness.record(residentId, allMet(notMet)));
    }

    ExitRequest restore(long residentId) {
        PlacementRecord p = fx.currentPlacement(residentId);
        return ExitRequest.of(residentId, p.id(), p.version(), today(), ExitReason.RESTORED_TO_FAMILY,
                "Mother, Village Dhanpur", "CWC/REL/2026/17", null);
    }

    @Test
    void restoration_is_refused_without_a_ready_check_and_once_ready_the_exit_schedules_six_follow_ups() {
        var placed = fx.placedResident("SUN-L", "Reintegration Asha");
        long id = placed.resident().id();

        assertThatThrownBy(() -> fx.as("caremanager", () -> placements.exit(restore(id))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).anyMatch(err -> err.field().equals("reason")
                        && err.messageKey().equals("reintegration.gate.noCheckFor")));

        makeReady(id);
        assertThat(fx.as("caremanager", () -> readiness.current(id)).readyFor(ExitReason.RESTORED_TO_FAMILY)).isTrue();
        assertThat(fx.as("caremanager", () -> verifications.ofResident(id)).getFirst().getDueOn())
                .isEqualTo(today().plusDays(15));

        fx.as("caremanager", () -> placements.exit(restore(id)));

        List<FollowUp> schedule = fx.as("caremanager", () -> followUps.ofResident(id));
        assertThat(schedule).hasSize(6).allMatch(f -> f.getStatus() == FollowUpStatus.OPEN);
        assertThat(schedule).extracting(FollowUp::getDueOn).containsExactly(today().plusMonths(1), today().plusMonths(3),
                today().plusMonths(6), today().plusMonths(12), today().plusMonths(18), today().plusMonths(24));
        assertThat(fx.as("caremanager", () -> followUps.exits(id)).getFirst().responsibleUsername()).isEqualTo("counsellor");
    }

    @Test
    void an_unmet_blocking_item_stops_restoration_until_the_care_manager_overrides_with_a_reason_which_is_audited() {
        long id = fx.placedResident("SUN-T", "Reintegration Rina").resident().id();
        makeReady(id, ReadinessItem.SAFETY_PLAN, ReadinessItem.HEALTH);
        Readiness r = fx.as("counsellor", () -> readiness.current(id));
        assertThat(r.readyFor(ExitReason.RESTORED_TO_FAMILY)).isFalse();
        assertThat(r.missing(ExitReason.RESTORED_TO_FAMILY)).containsExactly(ReadinessItem.SAFETY_PLAN); // HEALTH is not required by default

        assertThatThrownBy(() -> fx.as("caremanager", () -> placements.exit(restore(id))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).anyMatch(err ->
                        err.messageKey().equals("reintegration.gate.blockedFor") && String.valueOf(err.args()[1]).contains("Safety plan")));
        assertThat(fx.as("caremanager", () -> followUps.ofResident(id))).isEmpty();

        assertThatThrownBy(() -> fx.as("counsellor", () -> readiness.override(id, ExitReason.RESTORED_TO_FAMILY, "She insists"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as("caremanager", () -> readiness.override(id, ExitReason.RESTORED_TO_FAMILY, "  ")))
                .isInstanceOf(ValidationException.class);
        fx.as("caremanager", () -> readiness.override(id, ExitReason.RESTORED_TO_FAMILY, "CWC ordered restoration; safety plan to be made with the DCPU within a week"));

        fx.as("caremanager", () -> placements.exit(restore(id)));

        assertThat(jdbc.queryForObject("select count(*) from audit_events where action = 'OVERRIDE' and summary like ?",
                Long.class, "%safety plan to be made%")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select used_on from reint_overrides where resident_id = ?", LocalDate.class, id)).isEqualTo(today());
        assertThat(fx.as("caremanager", () -> followUps.ofResident(id))).hasSize(6);
    }

    @Test
    void a_transfer_to_another_organisation_is_recorded_and_followed_up() {
        long id = fx.placedResident("SUN-L", "Reintegration Tara").resident().id();
        makeReady(id);
        PlacementRecord p = fx.currentPlacement(id);
        fx.as("caremanager", () -> placements.exit(ExitRequest.of(id, p.id(), p.version(), today(),
                ExitReason.TRANSFERRED_TO_ORGANISATION, "Partner shelter, Kolkata", "CWC/TR/2026/4", null)));
        assertThat(fx.as("caremanager", () -> followUps.ofResident(id))).hasSize(6);
    }

    @Test
    void no_follow_ups_for_a_resident_who_absconded() {
        long id = fx.placedResident("SUN-T", "Reintegration Moni").resident().id();
        PlacementRecord p = fx.currentPlacement(id);
        fx.as("reception", () -> placements.exit(new ExitRequest(id, p.id(), p.version(), today(), ExitReason.ABSCONDED, null,
                null, null, today().atStartOfDay(), true, false, "Police station Canning informed")));
        assertThat(fx.as("caremanager", () -> followUps.ofResident(id))).isEmpty();
    }

    @Test
    void a_travel_permit_expiring_within_the_warning_days_is_a_due_item_on_a_fixed_day() {
        long id = fx.placedResident("SUN-T", "Reintegration Salma").resident().id();
        Repatriation started = fx.as("caremanager", () -> repatriations.start(id, Country.BD));
        started.setNationalityRequestedOn(LocalDate.of(2026, 9, 1));
        started.setNationalityReceivedOn(LocalDate.of(2026, 10, 5));
        started.setPermitNumber("TP-BD-4411");
        started.setPermitIssuedOn(LocalDate.of(2026, 10, 20));
        started.setPermitExpiresOn(LocalDate.of(2027, 1, 18));
        fx.as("caremanager", () -> repatriations.save(started.getId(), started, false));

        ReintegrationDueItems onDec1 = dueItemsOn(LocalDate.of(2026, 12, 1));
        ReintegrationDueItems onJan1 = dueItemsOn(LocalDate.of(2027, 1, 1));
        int warn = SystemAuthentication.call(() -> settings.settings().getPermitWarningDays());
        assertThat(warn).isEqualTo(30);
        assertThat(sys(onDec1::expiringPermits)).extracting(DueItem::id).doesNotContain(started.getId());
        assertThat(sys(onJan1::expiringPermits)).filteredOn(d -> d.id() == started.getId())
                .singleElement().satisfies(d -> {
                    assertThat(d.kind()).isEqualTo(DueItem.Kind.PERMIT_EXPIRING);
                    assertThat(d.dueOn()).isEqualTo(LocalDate.of(2027, 1, 18));
                });
        // a permit expiring before the handover cannot complete the repatriation
        Repatriation again = fx.as("caremanager", () -> repatriations.ofResident(id)).getFirst();
        again.setHandoverDate(today());
        again.setHandoverPlace("Petrapole-Benapole");
        again.setReceivingOrganisation("Rights Jessore");
        fx.as("caremanager", () -> repatriations.save(again.getId(), again, true));
        assertThat(sys(onJan1::expiringPermits)).extracting(DueItem::id).doesNotContain(started.getId());
    }

    @Test
    void follow_ups_become_overdue_after_the_grace_period_on_a_fixed_day() {
        var placed = fx.placedResident("SUN-L", "Reintegration Puja");
        long id = placed.resident().id();
        makeReady(id);
        fx.as("caremanager", () -> placements.exit(restore(id)));
        FollowUp first = fx.as("caremanager", () -> followUps.ofResident(id)).getFirst();
        LocalDate due = first.getDueOn();
        assertThat(sys(dueItemsOn(due.plusDays(7))::followUpsDue)).extracting(DueItem::id).contains(first.getId());
        assertThat(sys(dueItemsOn(due.plusDays(7))::overdueFollowUps)).extracting(DueItem::id).doesNotContain(first.getId());
        assertThat(sys(dueItemsOn(due.plusDays(8))::overdueFollowUps)).extracting(DueItem::id).contains(first.getId());
    }

    @Test
    void the_member_of_staff_responsible_after_an_exit_must_work_in_her_home() {
        long id = fx.placedResident("SUN-L", "Reintegration Rupa").resident().id();
        makeReady(id);
        fx.as("caremanager", () -> placements.exit(restore(id)));
        ExitInfo exit = fx.as("caremanager", () -> followUps.exits(id)).getFirst();

        assertThatThrownBy(() -> fx.as("caremanager", () -> followUps.setResponsible(exit.id(), exit.version(), null,
                "<script>alert('x')</script>"))).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(ValidationException.FieldError::field)
                        .containsExactly("responsibleUsername"));
        ExitInfo set = fx.as("caremanager", () -> followUps.setResponsible(exit.id(), exit.version(), null, "counsellor"));
        assertThat(set.responsibleUsername()).isEqualTo("counsellor");
    }

    @Test
    void repatriation_steps_dated_in_year_0_or_a_permit_running_to_9999_are_refused_next_to_the_date() {
        long id = fx.placedResident("SUN-T", "Reintegration Sabina").resident().id();
        Repatriation started = fx.as("caremanager", () -> repatriations.start(id, Country.NP));
        started.setNationalityRequestedOn(LocalDate.of(0, 1, 1));
        started.setPermitExpiresOn(LocalDate.of(9999, 12, 31));
        assertThatThrownBy(() -> fx.as("caremanager", () -> repatriations.save(started.getId(), started, false)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(ValidationException.FieldError::field)
                        .contains("nationalityRequestedOn", "permitExpiresOn"));
        assertThat(jdbc.queryForObject("select nationality_requested_on from reint_repatriations where id = ?", LocalDate.class,
                started.getId())).isNull();
    }

    @Test
    void staff_of_another_home_can_neither_read_nor_record_and_reception_has_no_access() {
        long id = fx.placedResident("NAD-T", "Reintegration Nasrin", 15).resident().id();
        assertThatThrownBy(() -> fx.as("caremanager", () -> verifications.ofResident(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as("caremanager", () -> verifications.request(new VerificationRequest(id, DestinationKind.FAMILY,
                "Somewhere", null, null, "Partner NGO", null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as("counsellor", () -> readiness.record(id, allMet()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as("counsellor", () -> readiness.current(id))).isInstanceOf(AccessDeniedException.class);
        long own = fx.placedResident("SUN-T", "Reintegration Gita").resident().id();
        assertThatThrownBy(() -> fx.as("reception", () -> readiness.current(own))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from reint_readiness_checks where resident_id = ?", Long.class, id)).isZero();
    }

    @Test
    void a_verification_cannot_say_safe_when_the_family_was_involved_and_nothing_is_saved() {
        long id = fx.placedResident("SUN-T", "Reintegration Jharna").resident().id();
        HomeVerification v = fx.as("caremanager", () -> verifications.request(new VerificationRequest(id, DestinationKind.GUARDIAN,
                "Uncle's house, Basirhat", null, null, "Partner NGO Basirhat", null)));
        VerificationVisit bad = new VerificationVisit(today(), "Uncle", null, null, true, null, null, null, null, null,
                Recommendation.SAFE, "Looks fine");
        assertThatThrownBy(() -> fx.as("counsellor", () -> verifications.record(v.getId(), v.getVersion(), bad)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(ValidationException.FieldError::field)
                        .contains("involvementDetails", "recommendation"));
        assertThat(jdbc.queryForObject("select status from reint_verifications where id = ?", String.class, v.getId())).isEqualTo("PENDING");
    }

    @Test
    void the_readiness_pdf_for_the_cwc_names_the_resident_the_result_and_each_item() throws Exception {
        long id = fx.placedResident("SUN-T", "Reintegration Priya").resident().id();
        makeReady(id, ReadinessItem.RELEASE_ORDER);
        byte[] pdf = fx.as("caremanager", () -> readiness.pdf(id, Locale.ENGLISH));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "readiness.pdf"), pdf);
        String text;
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            text = PdfTextExtractor.getTextFromPage(doc.getPage(1));
        }
        assertThat(text).contains("Reintegration readiness check", "Reintegration Priya", "Not ready",
                "Order of the CWC or", "Positive home", "Village Dhanpur");
        byte[] hindi = fx.as("caremanager", () -> readiness.pdf(id, Locale.forLanguageTag("hi")));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "readiness-hi.pdf"), hindi);
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(hindi)))) {
            // Hindi words are shaped glyph runs (checked as an image with pdftoppm); plain extraction keeps the Latin parts.
            assertThat(PdfTextExtractor.getTextFromPage(doc.getPage(1))).contains("Reintegration Priya", "Village Dhanpur");
        }
    }

    static List<DueItem> sys(java.util.function.Supplier<List<DueItem>> work) {
        return SystemAuthentication.call(work);
    }

    ReintegrationDueItems dueItemsOn(LocalDate day) {
        return new ReintegrationDueItems(verificationRepo, followUpRepo, repatriationRepo, settings, access,
                Clock.fixed(day.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
    }
}
