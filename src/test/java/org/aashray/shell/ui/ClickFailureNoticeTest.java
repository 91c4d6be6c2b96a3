package org.aashray.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import java.sql.SQLTransientConnectionException;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.test.context.support.WithUserDetails;

/** What a person sees when a click fails: the database not answering (the journey test stops a real one), a refusal, a bug. */
@AashrayIntegrationTest
class ClickFailureNoticeTest extends SpringBrowserlessTest {

    private static ErrorEvent outage() {
        return new ErrorEvent(new DataAccessResourceFailureException("Unable to acquire JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms.")));
    }

    @Test
    @WithUserDetails("reception")
    void one_click_failing_in_two_places_shows_one_try_again_notice_and_a_later_failure_shows_it_again() {
        navigate(DashboardView.class);
        ClickFailureNotice.Handler handler = new ClickFailureNotice.Handler();

        handler.error(outage());
        handler.error(outage()); // the same round trip: the view's save and the bell's count both failed

        var notices = find(Notification.class).all();
        assertThat(notices).hasSize(1);
        assertThat(notices.getFirst().getElement().getProperty("text")).contains("The database is not answering right now");

        notices.getFirst().close();
        handler.error(outage());
        assertThat(find(Notification.class).all().stream().filter(Notification::isOpened)).hasSize(1);
    }

    @Test
    @WithUserDetails("reception")
    void other_errors_are_not_called_a_database_outage() {
        navigate(DashboardView.class);
        new ClickFailureNotice.Handler().error(new ErrorEvent(new IllegalStateException("a bug")));
        assertThat(find(Notification.class).all().stream().filter(Notification::isOpened)
                .filter(n -> n.hasClassName("database-unavailable"))).isEmpty();
        assertThat(UI.getCurrent()).isNotNull();
    }

    @Test
    @WithUserDetails("reception")
    void any_other_failure_of_a_click_says_so_with_a_reference_instead_of_nothing() {
        navigate(DashboardView.class);
        new ClickFailureNotice.Handler().error(new ErrorEvent(new IllegalStateException("a bug")));
        var shown = find(Notification.class).all().stream().filter(Notification::isOpened).toList();
        assertThat(shown).hasSize(1);
        assertThat(shown.getFirst().getElement().getProperty("text"))
                .containsPattern("Something went wrong\\. It has been recorded for your administrator \\(reference [0-9A-Z]{5}\\)")
                .doesNotContain("a bug");
    }

    @Test
    @WithUserDetails("reception")
    void a_refusal_the_screen_could_not_foresee_says_that_she_may_not_do_this() {
        navigate(DashboardView.class);
        new ClickFailureNotice.Handler().error(new ErrorEvent(new RuntimeException("wrapped",
                new org.springframework.security.access.AccessDeniedException("No access to home 1"))));
        var shown = find(Notification.class).all().stream().filter(Notification::isOpened).toList();
        assertThat(shown).hasSize(1);
        assertThat(shown.getFirst().getElement().getProperty("text")).startsWith("You may not do this here")
                .doesNotContain("home 1");
    }
}
