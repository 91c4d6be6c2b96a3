package org.aashray.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.aashray.alerts.AlertRule;
import org.aashray.alerts.internal.AlertRuleRegistry;
import org.aashray.homes.HomeType;
import org.aashray.placements.transfers.TransferFixtures;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.reintegration.readiness.Answer;
import org.aashray.reintegration.readiness.ReadinessItem;
import org.aashray.reintegration.readiness.ReadinessItemAnswer;
import org.aashray.reintegration.readiness.ReadinessService;
import org.aashray.reintegration.verification.DestinationKind;
import org.aashray.reintegration.verification.HomeVerification;
import org.aashray.reintegration.verification.Recommendation;
import org.aashray.reintegration.verification.VerificationRequest;
import org.aashray.reintegration.verification.VerificationService;
import org.aashray.reintegration.verification.VerificationVisit;
import org.aashray.residents.ResidentSummary;
import org.aashray.testsupport.LifecycleFixtures;
import org.aashray.testsupport.RuleProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One survivor's path across the state, in the browser, by people who share no home. Sundarpur's transit home asks a
 * long-term home in Nadipur to take her in; Nadipur's care manager accepts her into a bed and adds a goal to her care
 * plan; Sundarpur's reception can no longer open her profile, and once every alert rule has run nothing about her is
 * addressed to Sundarpur. Nadipur restores her to her family: after every rule has run, her follow-ups are all that
 * is open. Rescued again, she arrives at a third home, whose reception types her name in Bengali and is offered her
 * earlier stay: the home, district, year and case number, nothing else.
 */
class StatePathJourneyTest extends BrowserTest {

    /** Her name as Sundarpur recorded it, and as the third home's reception types it. */
    private static final String NAME = "Nasreen Parveen";
    private static final String TYPED = "নাসরিন পারভীন";
    private static final String DEMO_PASSWORD = "aashray-demo";
    private static final String FIXTURE_PASSWORD = "transfer-pass-1";
    private static final String FOLLOW_UP = "reintegration.follow-up";
    private static final String ADDRESS = "Mother's home, Vill. Kashipur, Basirhat";

    @Autowired LifecycleFixtures lifecycle;
    @Autowired TransferFixtures homes;
    @Autowired ReintegrationFixtures fx;
    @Autowired VerificationService verifications;
    @Autowired ReadinessService readiness;
    @Autowired AlertRuleRegistry rules;
    @Autowired RuleProbe probe;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    /** The rules ran over the whole demo state: their alerts go, as after DemoAlertsTest. */
    @AfterEach
    void removeAlerts() {
        probe.cleanUp(rules.all().stream().map(AlertRule::key).toArray(String[]::new));
    }

    @Test
    void transferred_across_districts_restored_to_her_family_and_recognised_at_a_third_home() {
        try {
            journey();
        } catch (Throwable t) {
            screenshot("state-path-failed");
            throw t;
        }
    }

    private void journey() {
        LocalDate today = LocalDate.now(clock);
        long transit = lifecycle.homeId("SUN-T");
        TransferFixtures.Home longTerm = homes.home("NADDEMO", HomeType.LONG_TERM, 2);
        TransferFixtures.Home third = homes.home("SUNDEMO", HomeType.TRANSIT, 1);
        String longTermName = jdbc.queryForObject("select name from homes where id = ?", String.class, longTerm.id());
        String nadipur = jdbc.queryForObject("select d.name from districts d join homes h on h.district_id = d.id where h.id = ?",
                String.class, longTerm.id());
        // twelve days in the transit home: her admission health check is late and her stay is over the transit limit
        ResidentSummary her = lifecycle.placed("SUN-T", NAME, 24, 12, null);
        long id = her.id();
        runEveryRule(today);
        assertThat(openAlertsAbout(id, "home_id = " + transit)).as("alerts about her at the transit home").isNotEmpty();

        // 1. Sundarpur's care manager asks the long-term home in Nadipur to take her in; she keeps her bed meanwhile.
        logIn("caremanager", DEMO_PASSWORD);
        BedBoardPage board = new BedBoardPage(driver).open(baseUrl());
        board.select("home-switcher", "Asha Transit Home (demo)");
        board.open(baseUrl());
        board.requestTransfer(NAME, longTermName, "Family not safe yet: long-term rehabilitation ordered by the CWC");
        assertThat(board.notification(longTermName)).contains(NAME);
        board.open(baseUrl());
        assertThat(board.showsSomeoneNamed(NAME)).isTrue();
        screenshot("state-path-1-requested");
        long transfer = jdbc.queryForObject("select id from placement_transfers where resident_id = ? and status = 'PENDING'",
                Long.class, id);

        // 2. Nadipur's care manager, who has no account at Sundarpur, accepts her into a bed and adds to her care plan.
        logIn(longTerm.careManager(), FIXTURE_PASSWORD);
        TransfersPage incoming = new TransfersPage(driver).open(baseUrl());
        // what the home decides on: who she is, though she is not yet its resident
        assertThat(incoming.cells("incoming-transfers")).contains(her.caseNumber()).anyMatch(c -> c.startsWith(NAME + " · 24 years"));
        screenshot("state-path-2-incoming");
        incoming.acceptIntoFirstFreeBed(transfer);
        assertThat(incoming.notification(her.caseNumber())).contains("now sleeps in");
        assertThat(jdbc.queryForObject("select home_id from residents where id = ?", Long.class, id)).isEqualTo(longTerm.id());
        assertThat(jdbc.queryForObject("select home_id from care_plans where resident_id = ?", Long.class, id)).isEqualTo(longTerm.id());

        CarePlanPage plan = new CarePlanPage(driver).open(baseUrl(), id);
        String goal = "Weekly phone call with her mother, with the counsellor present";
        plan.addGoal("Family", "Nadipur counsellor", goal, today.plusMonths(2));
        screenshot("state-path-3-care-plan");
        assertThat(jdbc.queryForList("select g.goal from care_plan_goals g join care_plans p on p.id = g.plan_id"
                + " where p.resident_id = ? and p.home_id = ?", String.class, id, longTerm.id())).containsExactly(goal);

        // 3. Sundarpur's reception keeps only the line of the request; her profile is refused, and shows nothing of her.
        logIn("reception", DEMO_PASSWORD);
        TransfersPage sent = new TransfersPage(driver).open(baseUrl());
        List<String> line = sent.until(d -> {
            List<String> cells = sent.cells("outgoing-transfers");
            return cells.contains(her.caseNumber()) ? cells : null;
        });
        assertThat(line).anyMatch(c -> c.startsWith("Transferred to " + longTermName)).noneMatch(c -> c.contains(NAME));
        screenshot("state-path-4-sent-line");
        driver.get(baseUrl() + "resident/" + id);
        assertThat(new DashboardPage(driver).showsNotFound()).isTrue();
        String refused = driver.findElement(By.tagName("body")).getText();
        assertThat(refused).contains("Page not available").doesNotContain(NAME, her.caseNumber(), goal);
        screenshot("state-path-5-profile-refused");

        // 4. Every rule runs: her alerts are with Nadipur now, none is addressed to Sundarpur.
        runEveryRule(today);
        assertThat(openAlertsAbout(id, "home_id <> " + longTerm.id())).as("alerts about her not at her new home").isEmpty();
        assertThat(openAlertsAbout(id, "home_id = " + longTerm.id())).as("her late health check followed her")
                .contains("medical.admission-health-check");

        // 5. She is ready to go home (set up as the counsellor's work would leave it); Nadipur restores her to her family.
        becomeReady(id, longTerm.careManager(), today);
        logIn(longTerm.careManager(), FIXTURE_PASSWORD);
        BedBoardPage newBoard = new BedBoardPage(driver).open(baseUrl());
        BedExitPage exit = new BedExitPage(driver).openFor(NAME);
        assertThat(exit.reason()).contains("Restored to family");
        exit.fill("Where she goes (address or organisation)", ADDRESS).fill("Order that releases her", "CWC NDP/2026/77");
        screenshot("state-path-6-exit");
        exit.save();
        exit.waitUntilClosed();
        newBoard.waitUntil(b -> !b.showsSomeoneNamed(NAME));

        // 6. After every rule has run, today and once her first follow-up is late, only follow-ups are open.
        runEveryRule(today);
        assertThat(openAlertsAbout(id, "true")).as("open alerts about her after the exit").allMatch(FOLLOW_UP::equals);
        runEveryRule(today.plusDays(40));
        assertThat(openAlertsAbout(id, "true")).as("open alerts about her 40 days after the exit").containsOnly(FOLLOW_UP);
        assertThat(jdbc.queryForObject("select count(*) from care_plans where resident_id = ? and closed_on is null", Integer.class, id))
                .as("open care plans").isZero();
        assertThat(jdbc.queryForObject("select count(*) from medical_health_checks where resident_id = ? and done_at is null"
                + " and closed_on is null", Integer.class, id)).as("open health checks").isZero();
        assertThat(jdbc.queryForObject("select count(*) from reint_followups where resident_id = ?", Integer.class, id)).isEqualTo(6);
        CarePlanPage closed = new CarePlanPage(driver).open(baseUrl(), id);
        assertThat(closed.dates()).startsWith("Closed on");
        assertThat(closed.goals()).contains(goal);
        assertThat(closed.mayAddGoals()).isFalse();
        ReintegrationPage tab = new ReintegrationPage(driver).open(baseUrl(), id);
        assertThat(tab.followUps()).hasSize(6).first().isEqualTo("1 month after exit");
        screenshot("state-path-7-follow-ups");

        // 7. Rescued again, she arrives at a third home; its reception types her name in Bengali and is offered the match.
        logIn(third.reception(), FIXTURE_PASSWORD);
        IntakePage intake = new IntakePage(driver).open(baseUrl());
        intake.type("intake-name", TYPED).type("intake-approximateAge", "25").choose("intake-origin", "West Bengal");
        String offered = intake.offeredStays(her.caseNumber());
        assertThat(intake.showsLettersIn("Noto Sans Bengali")).as("her name in Bengali letters").isTrue();
        screenshot("state-path-8-match-offered");
        assertThat(offered).contains("She may have stayed with us before", longTermName, nadipur, her.caseNumber())
                .doesNotContain(NAME, "Kashipur", "CWC NDP", goal);
        assertThat(driver.findElements(By.cssSelector("#intake-matches img"))).as("no photo").isEmpty();
    }

    private void logIn(String username, String password) {
        driver.manage().deleteAllCookies();
        new LoginPage(driver).open(baseUrl()).logInAs(username, password);
        new DashboardPage(driver).greeting();
    }

    /** Every alert rule of the application, as its nightly job would run it on that day. */
    private void runEveryRule(LocalDate day) {
        rules.all().forEach(r -> probe.run(r.key(), day));
    }

    /** The rules of the open alerts about her that are addressed as the condition says. */
    private List<String> openAlertsAbout(long residentId, String addressed) {
        return jdbc.queryForList("select rule_key from alerts where resident_id = ? and open_marker = 1 and " + addressed,
                String.class, residentId);
    }

    /** Her family's home verified safe and every readiness item met, as the home's own care manager records them. */
    private void becomeReady(long id, String careManager, LocalDate today) {
        HomeVerification v = fx.as(careManager, () -> verifications.request(new VerificationRequest(id, DestinationKind.FAMILY,
                ADDRESS, "Mother", careManager, null, null)));
        fx.as(careManager, () -> verifications.record(v.getId(), v.getVersion(), new VerificationVisit(today, "Mother",
                "Mother and two sisters", "Day labour", false, null, "None", "Welcoming", "School nearby", "None",
                Recommendation.SAFE, "Family not involved in the trafficking")));
        fx.as(careManager, () -> readiness.record(id, Arrays.stream(ReadinessItem.values()).filter(i -> !i.computed())
                .map(i -> new ReadinessItemAnswer(i, Answer.MET, null)).toList()));
    }
}
