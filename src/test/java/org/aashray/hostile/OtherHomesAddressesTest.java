package org.aashray.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.aashray.counselling.ui.CounsellingView;
import org.aashray.residents.ui.IntakeView;
import org.aashray.shell.ui.NotFoundView;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * An address naming another home's record answers exactly as one naming no record: the not-found page, nothing in
 * the error log (issue 21, finding 9). "nadipur" is a care manager of Nadipur only; the records are Ujala's (SUN-L).
 */
@AashrayIntegrationTest
class OtherHomesAddressesTest extends SpringBrowserlessTest {

    @Autowired JdbcTemplate jdbc;
    final ListAppender<ILoggingEvent> log = new ListAppender<>();
    final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void listenToTheLog() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        root.detachAppender(log);
    }

    @Test
    @WithUserDetails("nadipur")
    void another_homes_training_batch_is_not_found_like_a_missing_one() {
        Long ujala = jdbc.queryForObject("select min(b.id) from training_batches b join homes h on h.id = b.home_id"
                + " where h.code = 'SUN-L'", Long.class);
        assertNotFoundLikeAMissingOne("training/batch/", ujala, "select max(id) from training_batches");
    }

    @Test
    @WithUserDetails("nadipur")
    void another_homes_training_session_is_not_found_like_a_missing_one() {
        Long ujala = jdbc.queryForObject("select min(s.id) from training_sessions s join training_batches b on b.id = s.batch_id"
                + " join homes h on h.id = b.home_id where h.code = 'SUN-L'", Long.class);
        assertNotFoundLikeAMissingOne("training/session/", ujala, "select max(id) from training_sessions");
    }

    @Test
    @WithUserDetails("nadipur")
    void a_child_intake_for_another_homes_mother_is_not_found_like_a_missing_mother() {
        Long ujala = jdbc.queryForObject("select min(r.id) from residents r join homes h on h.id = r.home_id"
                + " where h.code = 'SUN-L'", Long.class);
        // the address itself opens the intake: a parameter that is no id is ignored, as before
        UI.getCurrent().navigate("residents/new", QueryParameters.of("mother", "not-a-number"));
        assertThat(getCurrentView()).isInstanceOf(IntakeView.class);

        assertNotFoundLikeAMissingOne("residents/new", ujala, "select max(id) from residents");
    }

    @Test
    @WithUserDetails("counsellor")
    void a_resident_filter_that_is_no_id_opens_the_counselling_calendar_unfiltered() {
        UI.getCurrent().navigate("counselling", QueryParameters.of("resident", "not-a-number"));
        assertThat(getCurrentView()).isInstanceOf(CounsellingView.class);
        noErrorLogged();
    }

    private void assertNotFoundLikeAMissingOne(String address, Long othersId, String highestId) {
        assertThat(othersId).as("a record of another home for " + address).isNotNull();
        long missing = jdbc.queryForObject(highestId, Long.class) + 1000;

        String others = pageAt(address, othersId);
        String nothing = pageAt(address, missing);

        assertThat(others).isEqualTo(nothing);
        noErrorLogged();
    }

    /** Nothing in the application's and Vaadin's own error log (the shared context's scheduler may log about its jobs). */
    private void noErrorLogged() {
        assertThat(log.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .filteredOn(e -> e.getLoggerName().startsWith("org.aashray") || e.getLoggerName().startsWith("com.vaadin"))
                .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }

    /** Opens the address with the id, in its path or, for the intake, as the mother's id; answers what the page says. */
    private String pageAt(String address, long id) {
        if (address.equals("residents/new")) {
            UI.getCurrent().navigate(address, QueryParameters.of("mother", String.valueOf(id)));
        } else {
            UI.getCurrent().navigate(address + id);
        }
        assertThat(getCurrentView()).as(address + " with id " + id).isInstanceOf(NotFoundView.class);
        return UI.getCurrent().getElement().getTextRecursively();
    }
}
