package org.aashray.security;

import com.vaadin.flow.server.VaadinSession;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The one way to run work under another authentication and then give the caller hers back: the application's own
 * work as "system" ({@link SystemAuthentication}), or a member of staff acting for one more home for the length of
 * one change. Inside a request of the UI, Vaadin's context strategy answers from the HTTP session, where the login
 * keeps the signed-in person's context, before the thread's own: a context only set on the thread would be ignored
 * there, and the work would run as the person on the screen. So for the work's length the thread does not see the
 * Vaadin session (the UI, and with it her language, stays current), and the strategy answers from the thread.
 */
public final class RunAs {

    private RunAs() {
    }

    public static <T> T call(Authentication who, Supplier<T> work) {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) VaadinSession.setCurrent(null);
        // the thread's own context, given back as it was (not the session's, which a pooled thread must not keep)
        SecurityContext previous = holder.getContext();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(who);
        holder.setContext(context);
        try {
            return work.get();
        } finally {
            holder.setContext(previous);
            if (session != null) VaadinSession.setCurrent(session);
        }
    }
}
