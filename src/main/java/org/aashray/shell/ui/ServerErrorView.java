package org.aashray.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.aashray.base.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces Vaadin's default error page (which shows a stack trace in development mode) for a page that
 * failed to open: a database that does not answer gets "try again in a minute" and a retry link (503);
 * anything else a plain apology (500) while the exception goes to the log for the administrator.
 */
@AnonymousAllowed
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    public ServerErrorView() {
        setId("server-error");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception failure = parameter.getCaughtException();
        String here = event.getLocation().getPathWithQueryParameters();
        if (DatabaseOutage.isCause(failure)) {
            log.warn("Database not answering while opening '{}': {}", here, failure.getMessage());
            Anchor retry = new Anchor(here, getTranslation("error.database.retry"));
            retry.setId("server-error-retry");
            add(new H2(getTranslation("error.database.title")), new Paragraph(getTranslation("error.database.page")),
                    retry);
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("Could not open '{}'", here, failure);
        add(new H2(getTranslation("error.unexpected.title")), new Paragraph(getTranslation("error.unexpected.text")),
                new Anchor("", getTranslation("error.backToDashboard")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
