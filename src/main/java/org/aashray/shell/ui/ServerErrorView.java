package org.aashray.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
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
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);
    /** The browser tab's title (what a screen reader announces first): the same words as the heading. */
    private String title = "";

    public ServerErrorView() {
        setId("server-error");
        getElement().setAttribute("role", "main"); // shown outside the main layout too
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception failure = parameter.getCaughtException();
        String here = event.getLocation().getPathWithQueryParameters();
        if (DatabaseOutage.isCause(failure)) {
            log.warn("Database not answering while opening '{}': {}", here, failure.getMessage());
            Anchor retry = new Anchor(here, getTranslation("error.database.retry"));
            retry.setId("server-error-retry");
            title = getTranslation("error.database.title");
            add(new H1(title), new Paragraph(getTranslation("error.database.page")),
                    retry);
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("Could not open '{}'", here, failure);
        title = getTranslation("error.unexpected.title");
        add(new H1(title), new Paragraph(getTranslation("error.unexpected.text")),
                new Anchor("", getTranslation("error.backToDashboard")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
