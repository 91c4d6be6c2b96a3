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

/** What a person sees when a click finds the database not answering (the journey test stops a real database). */
@AashrayIntegrationTest
class DatabaseOutageNoticeTest extends SpringBrowserlessTest {

    private static ErrorEvent outage() {
        return new ErrorEvent(new DataAccessResourceFailureException("Unable to acquire JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms.")));
    }

    @Test
    @WithUserDetails("reception")
    void one_click_failing_in_two_places_shows_one_try_again_notice_and_a_later_failure_shows_it_again() {
        navigate(DashboardView.class);
        DatabaseOutageNotice.Handler handler = new DatabaseOutageNotice.Handler();

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
        new DatabaseOutageNotice.Handler().error(new ErrorEvent(new IllegalStateException("a bug")));
        assertThat(find(Notification.class).all().stream().filter(Notification::isOpened)
                .filter(n -> n.hasClassName("database-unavailable"))).isEmpty();
        assertThat(UI.getCurrent()).isNotNull();
    }
}
