package org.aashray.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.aashray.base.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * When a click or a save finds the database not answering, the person sees "the database is not answering,
 * please try again" in her language instead of nothing (or Vaadin's red "Internal error"); the view stays as
 * it was, so what she typed is still there for the retry. A refusal she could not have been offered says that she may
 * not do this; any other failure is logged with a short reference that the notice shows, so that she is never left
 * with a click that did nothing and the administrator can find what happened.
 */
@Component
class ClickFailureNotice implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ClickFailureNotice.class);

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
            if (ui == null) {
                fallback.error(event);
                return;
            }
            if (!DatabaseOutage.isCause(failure)) {
                notifyOther(ui, failure);
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

        private static void notifyOther(UI ui, Throwable failure) {
            String text;
            if (causedBy(failure, AccessDeniedException.class)) {
                log.warn("Refused in the UI: {}", failure.getMessage());
                text = ui.getTranslation("error.click.denied");
            } else {
                String reference = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36), 36)
                        .toUpperCase(Locale.ROOT);
                log.error("Unexpected error, reference {}", reference, failure);
                text = ui.getTranslation("error.click.unexpected", reference);
            }
            Notification notice = new Notification(text, 10_000, Notification.Position.MIDDLE);
            notice.addThemeVariants(NotificationVariant.ERROR);
            notice.addClassName("unexpected-error");
            notice.open();
        }

        private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (kind.isInstance(t)) return true;
            }
            return false;
        }
    }
}
