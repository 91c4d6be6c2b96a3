package org.aashray.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.aashray.base.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When a click or a save finds the database not answering, the person sees "the database is not answering,
 * please try again" in her language instead of nothing (or Vaadin's red "Internal error"); the view stays as
 * it was, so what she typed is still there for the retry. Other errors keep Vaadin's default handling.
 */
@Component
class DatabaseOutageNotice implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageNotice.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    static final class Handler implements ErrorHandler {

        private final ErrorHandler fallback = new DefaultErrorHandler();

        @Override
        public void error(ErrorEvent event) {
            Throwable failure = event.getThrowable();
            UI ui = UI.getCurrent();
            if (ui == null || !DatabaseOutage.isCause(failure)) {
                fallback.error(event);
                return;
            }
            log.warn("Database not answering: {}", failure.getMessage());
            // one click can fail in several places (the view and the header's bell): one notice is enough
            Notification shown = com.vaadin.flow.component.ComponentUtil.getData(ui, Notification.class);
            if (shown != null && shown.isOpened()) {
                return;
            }
            Notification notice = new Notification(ui.getTranslation("error.database.text"), 10_000,
                    Notification.Position.MIDDLE);
            notice.addThemeVariants(NotificationVariant.ERROR);
            notice.addClassName("database-unavailable");
            com.vaadin.flow.component.ComponentUtil.setData(ui, Notification.class, notice);
            notice.open();
        }
    }
}
