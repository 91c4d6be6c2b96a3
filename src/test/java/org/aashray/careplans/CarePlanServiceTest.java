package org.aashray.careplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.aashray.base.ValidationException;
import org.aashray.careplans.plans.CarePlanPdf;
import org.aashray.homes.BedService;
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
class CarePlanServiceTest {

    @Autowired CarePlanService plans;
    @Autowired CarePlanPdf pdf;
    @Autowired IntakeService residents;
    @Autowired JdbcTemplate jdbc;
    @Autowired ReintegrationFixtures fx;
    @Autowired PlacementService placements;
    @Autowired MoveService moves;
    @Autowired BedService beds;
    @Autowired UserAdminService users;

    ResidentSummary admit(String name) {
        Intake in = new Intake();
        in.setHomeId(jdbc.queryForObject("select id from homes where code = 'SUN-L'", Long.class));
        in.setName(name);
        in.setApproximateAge(30);
        in.setOrigin("IN-JH");
        in.setTraffickingForm(TraffickingForm.SEXUAL_EXPLOITATION);
        return SystemAuthentication.call(() -> residents.admit(in));
    }

    @Test
    @WithUserDetails("counsellor")
    void a_new_resident_gets_a_plan_due_in_30_days_which_needs_a_goal_before_it_is_agreed_then_reviews_every_90_days() {
        ResidentSummary r = admit("Care Plan Arrival");
        CarePlanDetails plan = plans.forResident(r.id());
        assertThat(plan.dueOn()).isEqualTo(r.admittedOn().plusDays(30));
        assertThat(plans.due(30, 500)).anySatisfy(d -> assertThat(d.residentId()).isEqualTo(r.id()));
        assertThatThrownBy(() -> plans.agree(plan.id(), plan.version()))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.errors().getFirst().messageKey()).isEqualTo("careplans.validation.noGoals"));

        CarePlanDetails withGoal = plans.saveGoal(plan.id(), new GoalInput(null, 0, GoalArea.VOCATIONAL, "Tailoring course",
                "Trainer", LocalDate.now().plusMonths(3), GoalStatus.NOT_STARTED));
        CarePlanDetails agreed = plans.agree(plan.id(), withGoal.version());
        assertThat(agreed.nextReviewOn()).isEqualTo(LocalDate.now().plusDays(90));

        CarePlanDetails.GoalDetails goal = agreed.goals().getFirst();
        CarePlanDetails reviewed = plans.review(plan.id(), agreed.version(), "Started well");
        plans.saveGoal(plan.id(), new GoalInput(goal.id(), goal.version(), GoalArea.VOCATIONAL, "Tailoring course, advanced",
                "Trainer", goal.targetOn(), GoalStatus.ACHIEVED));
        CarePlanDetails later = plans.get(plan.id());
        assertThat(later.reviews()).hasSize(1);
        assertThat(later.reviews().getFirst().goals()).contains("Tailoring course (").contains("NOT_STARTED").doesNotContain("advanced");
        assertThat(later.goals().getFirst().status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(reviewed.nextReviewOn()).isEqualTo(LocalDate.now().plusDays(90));
        assertThat(plans.due(0, 500)).noneSatisfy(d -> assertThat(d.residentId()).isEqualTo(r.id()));
    }

    @Test
    @WithUserDetails("counsellor")
    void the_printed_plan_carries_the_resident_goals_and_reviews_in_hindi_too() throws Exception {
        ResidentSummary r = admit("पूजा तमांग");
        CarePlanDetails plan = plans.forResident(r.id());
        plans.saveGoal(plan.id(), new GoalInput(null, 0, GoalArea.LEGAL, "Statement before the magistrate", "DLSA lawyer",
                LocalDate.now().plusMonths(1), GoalStatus.IN_PROGRESS));
        byte[] hindi = pdf.render(plan.id(), Locale.forLanguageTag("hi"));
        byte[] english = pdf.render(plan.id(), Locale.ENGLISH);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "care-plan-hi.pdf"), hindi);
        Files.write(Path.of("target", "care-plan-en.pdf"), english);
        assertThat(text(english)).contains("Individual Care Plan").contains("Statement before").contains("magistrate").contains("Legal");
        // the shaped name and area label extract back; the whole page is also looked at as an image (pdftoppm) by a person
        assertThat(text(hindi)).contains("पूजा तमांग").contains("कानूनी").contains("Statement before");
    }

    @Test
    @WithUserDetails("trainer")
    void a_trainer_cannot_open_care_plans() {
        long planId = jdbc.queryForObject("select min(id) from care_plans", Long.class);
        assertThatThrownBy(() -> plans.get(planId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_transferred_residents_plan_continues_at_the_receiving_home_whose_care_manager_carries_it_on() {
        var placed = fx.placedResident("SUN-T", "Transfer Plan Rekha", 24, 5);
        long ujala = jdbc.queryForObject("select id from homes where code = 'SUN-L'", Long.class);
        CarePlanDetails plan = fx.as("caremanager", () -> {
            CarePlanDetails opened = plans.forResident(placed.resident().id());
            return plans.saveGoal(opened.id(), new GoalInput(null, 0, GoalArea.LEGAL, "Statement before the magistrate",
                    "DLSA lawyer", LocalDate.now().plusMonths(2), GoalStatus.IN_PROGRESS));
        });

        transferToUjala(placed);

        assertThat(jdbc.queryForObject("select home_id from care_plans where id = ?", Long.class, plan.id())).isEqualTo(ujala);
        assertThat(jdbc.queryForObject("select count(*) from audit_events where entity_type = 'CarePlan' and entity_id = ?"
                + " and action = 'TRANSFER' and home_id = ?", Integer.class, String.valueOf(plan.id()), ujala)).isEqualTo(1);
        // a care manager who works in the receiving home only: the plan, its goals and due date are hers now
        String ujalaOnly = careManagerOnlyIn(ujala);
        CarePlanDetails there = fx.as(ujalaOnly, () -> plans.get(plan.id()));
        assertThat(there.homeId()).isEqualTo(ujala);
        assertThat(there.dueOn()).isEqualTo(plan.dueOn());
        assertThat(there.goals()).extracting(CarePlanDetails.GoalDetails::goal).containsExactly("Statement before the magistrate");
        assertThat(fx.as(ujalaOnly, () -> plans.agree(plan.id(), there.version())).agreedOn()).isEqualTo(LocalDate.now());
    }

    /** Moves her to a new bed in Ujala Long-term Home, as the demo care manager (who works in both homes) does. */
    private void transferToUjala(ReintegrationFixtures.Placed placed) {
        long ujala = jdbc.queryForObject("select id from homes where code = 'SUN-L'", Long.class);
        long bed = SystemAuthentication.call(() -> {
            var room = beds.addRoom(ujala, "Plan transfer room " + placed.resident().id());
            return beds.addBeds(room.id(), "PT" + placed.resident().id() + "-", 1).getFirst().id();
        });
        PlacementRecord from = placed.placement();
        fx.as("caremanager", () -> moves.move(new Transfer(placed.resident().id(), from.id(), from.version(), bed,
                LocalDate.now(), "Long-term rehabilitation ordered", null, null)));
    }

    private String careManagerOnlyIn(long homeId) {
        String username = "caremanager-of-" + homeId;
        SystemAuthentication.run(() -> {
            if (!users.exists(username)) {
                users.createWithPermanentPassword(new NewStaffAccount(username, "Care manager of home " + homeId,
                        EnumSet.of(Role.CARE_MANAGER), Set.of(homeId), Set.of(), "en", "receiving-pass-1"));
            }
        });
        return username;
    }

    private static String text(byte[] pdf) throws Exception {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) sb.append(PdfTextExtractor.getTextFromPage(doc.getPage(i)));
            return sb.toString();
        }
    }
}
