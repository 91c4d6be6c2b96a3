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
import java.util.Locale;
import org.aashray.base.ValidationException;
import org.aashray.residents.intake.Intake;
import org.aashray.residents.intake.IntakeService;
import org.aashray.residents.ResidentSummary;
import org.aashray.residents.TraffickingForm;
import org.aashray.security.SystemAuthentication;
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
        CarePlanView plan = plans.forResident(r.id());
        assertThat(plan.dueOn()).isEqualTo(r.admittedOn().plusDays(30));
        assertThat(plans.due(30, 500)).anySatisfy(d -> assertThat(d.residentId()).isEqualTo(r.id()));
        assertThatThrownBy(() -> plans.agree(plan.id(), plan.version()))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.errors().getFirst().messageKey()).isEqualTo("careplans.validation.noGoals"));

        CarePlanView withGoal = plans.saveGoal(plan.id(), new GoalInput(null, 0, GoalArea.VOCATIONAL, "Tailoring course",
                "Trainer", LocalDate.now().plusMonths(3), GoalStatus.NOT_STARTED));
        CarePlanView agreed = plans.agree(plan.id(), withGoal.version());
        assertThat(agreed.nextReviewOn()).isEqualTo(LocalDate.now().plusDays(90));

        CarePlanView.GoalView goal = agreed.goals().getFirst();
        CarePlanView reviewed = plans.review(plan.id(), agreed.version(), "Started well");
        plans.saveGoal(plan.id(), new GoalInput(goal.id(), goal.version(), GoalArea.VOCATIONAL, "Tailoring course, advanced",
                "Trainer", goal.targetOn(), GoalStatus.ACHIEVED));
        CarePlanView later = plans.get(plan.id());
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
        CarePlanView plan = plans.forResident(r.id());
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

    private static String text(byte[] pdf) throws Exception {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) sb.append(PdfTextExtractor.getTextFromPage(doc.getPage(i)));
            return sb.toString();
        }
    }
}
