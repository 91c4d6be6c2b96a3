package org.aashray.residents.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.aashray.base.ValidationException;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.reports.figures.DistrictReportService;
import org.aashray.reports.figures.ReportScope;
import org.aashray.residents.Gender;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentStatus;
import org.aashray.residents.ResidentSummary;
import org.aashray.residents.TraffickingForm;
import org.aashray.residents.intake.Intake;
import org.aashray.residents.intake.IntakeService;
import org.aashray.residents.intake.MatchQuery;
import org.aashray.residents.intake.ReturningSurvivors;
import org.aashray.security.NewStaffAccount;
import org.aashray.security.Role;
import org.aashray.security.SystemAuthentication;
import org.aashray.security.UserAdminService;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.testsupport.RuleProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue #20, item 5: a woman who stayed in a Nadipur home and left is typed at intake in Sundarpur in another
 * script; reception of the Sundarpur home is offered her earlier stay with only home, district, years and case
 * number; the Nadipur care manager confirms; both homes' care managers are alerted once; the district report
 * counts the return as a figure.
 */
@AashrayIntegrationTest
class ReturningSurvivorMatchTest {

    static final String CONFIRMATION = ReturnConfirmationDeadline.KEY;
    static final String RETRAFFICKING = PossibleRetraffickingDeadline.KEY;

    @Autowired IntakeService intakes;
    @Autowired ReturningSurvivors returning;
    @Autowired ReturnConfirmations confirmations;
    @Autowired ResidentDirectory directory;
    @Autowired DistrictReportService reports;
    @Autowired UserAdminService users;
    @Autowired ReintegrationFixtures fx;
    @Autowired RuleProbe probe;
    @Autowired Scheduler scheduler;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeAlerts() {
        probe.cleanUp(CONFIRMATION, RETRAFFICKING);
    }

    long home(String code) {
        return jdbc.queryForObject("select id from homes where code = ?", Long.class, code);
    }

    @Test
    void a_survivor_who_left_a_nadipur_home_is_recognised_in_sundarpur_in_another_script_and_confirmed_once()
            throws Exception {
        long nadipurHome = home("NAD-L");
        long sundarpurHome = home("SUN-T");
        String nadipurCareManager = "nadipur-cm-returns";
        SystemAuthentication.run(() -> {
            if (!users.exists(nadipurCareManager)) {
                users.createWithPermanentPassword(new NewStaffAccount(nadipurCareManager, "Nadipur care manager",
                        EnumSet.of(Role.CARE_MANAGER), Set.of(nadipurHome), Set.of(), "en", "nadipur-pass-123"));
            }
        });
        LocalDate today = LocalDate.now();
        ResidentSummary earlier = SystemAuthentication.call(() -> {
            ResidentSummary s = intakes.admit(intake(nadipurHome, "মৌসুমী খাতুন", 20, today.minusYears(3)));
            return directory.markStatus(s.id(), ResidentStatus.EXITED, today.minusYears(1));
        });

        // reception in Sundarpur types her in Latin letters, two years older, with the usual spelling differences
        List<EarlierStayMatch> offered = fx.as("reception", () -> returning.possibleMatches(new MatchQuery(
                "Moushumi Khatoon", null, 22, null, Gender.FEMALE, "IN-WB", null)));
        EarlierStayMatch match = offered.stream().filter(m -> m.caseNumber().equals(earlier.caseNumber())).findFirst().orElseThrow();
        assertThat(match).isEqualTo(new EarlierStayMatch(earlier.caseNumber(), homeName(nadipurHome), districtName(nadipurHome),
                today.minusYears(3).getYear(), today.minusYears(1).getYear()));
        assertThat(districtName(nadipurHome)).isNotEqualTo(districtName(sundarpurHome));
        assertThat(Arrays.stream(EarlierStayMatch.class.getRecordComponents()).map(c -> c.getName()))
                .as("reception sees only where, when and which case: no name, photo, notes or address")
                .containsExactly("caseNumber", "homeName", "district", "fromYear", "toYear");
        assertThat(jdbc.queryForObject("select count(*) from record_access_log where username = 'reception'"
                + " and entity_type = 'Resident' and entity_id = ?", Long.class, String.valueOf(earlier.id())))
                .as("the offer is an audited read").isPositive();
        assertThat(fx.as("reception", () -> returning.possibleMatches(new MatchQuery("Moushumi Khatoon", null, 22, null,
                Gender.FEMALE, "BD", null)))).extracting(EarlierStayMatch::caseNumber).doesNotContain(earlier.caseNumber());

        long before = returnsFigure(sundarpurHome);
        Intake arrival = intake(sundarpurHome, "Moushumi Khatoon", 22, today);
        arrival.setEarlierCaseNumber(earlier.caseNumber());
        ResidentSummary returned = fx.as("reception", () -> intakes.admit(arrival));
        long requestId = jdbc.queryForObject("select id from resident_return_requests where resident_id = ?", Long.class, returned.id());
        assertThat(fx.as("reception", () -> directory.require(returned.id())).possibleRetrafficking()).isFalse();
        awaitAlert(CONFIRMATION, "ReturnRequest", requestId);
        assertThat(probe.open(CONFIRMATION, "ReturnRequest", requestId)).as("the Nadipur care manager is asked, at once")
                .singleElement().satisfies(a -> assertThat(a).containsEntry("home_id", nadipurHome)
                        .containsEntry("alerted_role", "CARE_MANAGER"));

        assertThatThrownBy(() -> fx.as("caremanager", () -> confirmations.confirm(requestId, 0)))
                .as("Sundarpur's care manager cannot answer for Nadipur").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as("reception", () -> confirmations.confirm(requestId, 0))).isInstanceOf(AccessDeniedException.class);
        ReturnToConfirm asked = fx.as(nadipurCareManager, () -> confirmations.toConfirm()).stream()
                .filter(q -> q.requestId() == requestId).findFirst().orElseThrow();
        assertThat(asked.earlierName()).isEqualTo("মৌসুমী খাতুন");
        assertThat(asked.newName()).isEqualTo("Moushumi Khatoon");
        fx.as(nadipurCareManager, () -> confirmations.confirm(asked.requestId(), asked.version()));
        assertThatThrownBy(() -> fx.as(nadipurCareManager, () -> confirmations.confirm(asked.requestId(), asked.version() + 1)))
                .as("answered once").isInstanceOf(ValidationException.class);

        ResidentSummary linked = fx.as("caremanager", () -> directory.require(returned.id()));
        assertThat(linked.possibleRetrafficking()).isTrue();
        assertThat(jdbc.queryForObject("select earlier_stay_id from residents where id = ?", Long.class, returned.id()))
                .isEqualTo(earlier.id());

        awaitAlert(RETRAFFICKING, PossibleRetraffickingDeadline.AT_EARLIER_HOME, requestId);
        probe.run(RETRAFFICKING, today);
        probe.run(CONFIRMATION, today);
        assertThat(probe.open(CONFIRMATION, "ReturnRequest", requestId)).as("answered: the question's alert goes").isEmpty();
        assertThat(probe.open(RETRAFFICKING, PossibleRetraffickingDeadline.AT_NEW_HOME, requestId)).singleElement()
                .satisfies(a -> assertThat(a).containsEntry("home_id", sundarpurHome).containsEntry("alerted_role", "CARE_MANAGER"));
        assertThat(probe.open(RETRAFFICKING, PossibleRetraffickingDeadline.AT_EARLIER_HOME, requestId)).singleElement()
                .satisfies(a -> assertThat(a).containsEntry("home_id", nadipurHome).containsEntry("alerted_role", "CARE_MANAGER"));
        assertThat(jdbc.queryForObject("select count(*) from alerts where rule_key = ? and subject_id = ?", Long.class,
                RETRAFFICKING, requestId)).as("exactly one alert per home, ever").isEqualTo(2);
        assertThat(jdbc.queryForList("select description_args from alerts where rule_key = ?", String.class, RETRAFFICKING))
                .noneMatch(a -> a.contains("Moushumi") || a.contains("মৌসুমী"));

        assertThat(returnsFigure(sundarpurHome)).as("the district figure counts her return").isEqualTo(before + 1);

        // each home reviews her safety; its own alert goes, the other home's stays until it does too
        fx.as(nadipurCareManager, () -> confirmations.markReviewed(requestId));
        probe.run(RETRAFFICKING, today);
        assertThat(probe.open(RETRAFFICKING, PossibleRetraffickingDeadline.AT_EARLIER_HOME, requestId)).isEmpty();
        assertThat(probe.open(RETRAFFICKING, PossibleRetraffickingDeadline.AT_NEW_HOME, requestId)).hasSize(1);
        assertThat(fx.as("caremanager", () -> confirmations.toReview())).extracting(ReturnToReview::caseNumber)
                .contains(returned.caseNumber()).doesNotContain(earlier.caseNumber());
        fx.as("caremanager", () -> confirmations.markReviewed(requestId));
        probe.run(RETRAFFICKING, today);
        assertThat(probe.open(RETRAFFICKING, PossibleRetraffickingDeadline.AT_NEW_HOME, requestId)).isEmpty();
        awaitRun(RETRAFFICKING);
    }

    @Test
    void a_case_number_that_was_not_offered_cannot_be_asked_about() {
        long sundarpurHome = home("SUN-T");
        ResidentSummary arrival = fx.as("reception", () -> intakes.admit(intake(sundarpurHome, "Kalyani Oraon", 30, LocalDate.now())));
        String unrelated = jdbc.queryForObject("select case_number from residents r join homes h on h.id = r.home_id"
                + " where h.code = 'NAD-T' order by r.id limit 1", String.class);
        assertThatThrownBy(() -> fx.as("reception", () -> confirmations.ask(arrival.id(), unrelated)))
                .isInstanceOf(ValidationException.class);
        assertThat(jdbc.queryForObject("select count(*) from resident_return_requests where resident_id = ?", Long.class,
                arrival.id())).isZero();
    }

    /** The Sundarpur district's figure as its official sees it (unsuppressed value behind the "<5"). */
    long returnsFigure(long homeId) {
        return fx.as("official", () -> {
            ReportScope district = reports.scopes().stream().filter(s -> s.key().startsWith("district:")
                    && s.homeIds().contains(homeId)).findFirst().orElseThrow();
            return reports.figures(district, YearMonth.now()).confirmedReturns().value();
        });
    }

    String homeName(long homeId) {
        return jdbc.queryForObject("select name from homes where id = ?", String.class, homeId);
    }

    String districtName(long homeId) {
        return jdbc.queryForObject("select d.name from homes h join districts d on d.id = h.district_id where h.id = ?",
                String.class, homeId);
    }

    Intake intake(long homeId, String name, int age, LocalDate admitted) {
        Intake in = new Intake();
        in.setHomeId(homeId);
        in.setName(name);
        in.setApproximateAge(age);
        in.setOrigin("IN-WB");
        in.setTraffickingForm(TraffickingForm.SEXUAL_EXPLOITATION);
        in.setAdmittedOn(admitted);
        in.setRescueDate(admitted);
        return in;
    }

    /**
     * A request or an answer ran the deadline on a job thread without waiting for the nightly run: its alert is there
     * within seconds. The run is let finish before the test runs the rule itself.
     */
    void awaitAlert(String key, String subjectType, long subjectId) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (probe.open(key, subjectType, subjectId).isEmpty() || running(key)) {
            assertThat(Instant.now()).as("the alert of %s, raised at once", key).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    /** Lets a run the last answer asked for finish, so that it cannot raise anything after the clean-up. */
    void awaitRun(String key) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        Thread.sleep(300);
        while (running(key)) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    boolean running(String key) throws Exception {
        return scheduler.getCurrentlyExecutingJobs().stream().anyMatch(job -> job.getJobDetail().getKey().getName()
                .equals("alerts." + key));
    }
}
