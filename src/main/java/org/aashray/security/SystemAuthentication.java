package org.aashray.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work the application does by itself (start-up seeding, scheduled jobs) runs as "system" with ADMIN
 * rights, so the same role-checked services serve it and the audit trail names it; also when a screen starts it
 * ({@link RunAs}).
 */
public final class SystemAuthentication {

    public static final String NAME = "system";
    private static final String SYSTEM_AUTHORITY = "ROLE_SYSTEM";

    private SystemAuthentication() {
    }

    public static <T> T call(Supplier<T> work) {
        return RunAs.call(UsernamePasswordAuthenticationToken.authenticated(NAME, null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()), new SimpleGrantedAuthority(SYSTEM_AUTHORITY))), work);
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    static boolean isSystem() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> SYSTEM_AUTHORITY.equals(a.getAuthority()));
    }
}
