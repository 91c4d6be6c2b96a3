package org.aashray.reintegration.internal;

import java.util.Set;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.CurrentUser;
import org.aashray.security.SystemAuthentication;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may do what: counsellors and the care manager of the resident's home work on reintegration; the care
 * manager requests verifications and overrides the gate. Home scoping goes through the residents directory
 * (which answers only for residents of the caller's homes).
 */
@Component
public class ReintegrationAccess {

    public static final String READ = "hasAnyRole('COUNSELLOR','CARE_MANAGER','SYSTEM')";
    public static final String RECORD = "hasAnyRole('COUNSELLOR','CARE_MANAGER','SYSTEM')";
    /** Counts per home, no names: also district officials (their districts) and administrators. */
    public static final String COUNTS = "hasAnyRole('COUNSELLOR','CARE_MANAGER','DISTRICT_OFFICIAL','ADMIN','SYSTEM')";
    public static final String MANAGE = "hasAnyRole('CARE_MANAGER','SYSTEM')";

    private final ResidentDirectory directory;
    private final CurrentUser currentUser;

    ReintegrationAccess(ResidentDirectory directory, CurrentUser currentUser) {
        this.directory = directory;
        this.currentUser = currentUser;
    }

    public ResidentSummary resident(long residentId) {
        return directory.find(residentId).orElseThrow(() -> new AccessDeniedException("No access to resident " + residentId));
    }

    void requireHome(long homeId) {
        if (!isSystem() && !currentUser.homeIds().contains(homeId)) {
            throw new AccessDeniedException("No access to home " + homeId);
        }
    }

    public boolean isSystem() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && SystemAuthentication.NAME.equals(auth.getName())
                && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_SYSTEM"));
    }

    /** The caller's homes for due-date queries; a placeholder id when the application itself asks for all. */
    public Set<Long> homes() {
        Set<Long> homes = currentUser.homeIds();
        return homes.isEmpty() ? Set.of(-1L) : homes;
    }

    public String username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    public static String clean(String s) {
        if (s == null) return null;
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
