package org.aashray.residents.internal;

import java.util.Set;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;
import org.aashray.security.SystemAuthentication;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which residents the caller may see: those of the homes she is assigned to. ADMIN rights alone give no
 * access to survivors (administrators manage structure); only the application itself ("system") sees all.
 */
@Component
public class ResidentAccess {

    /** Roles that work with residents; used in {@code @PreAuthorize} expressions. */
    public static final String STAFF = "hasAnyRole('RECEPTION','COUNSELLOR','MEDICAL','TRAINER','CARE_MANAGER','SYSTEM')";
    public static final String INTAKE = "hasAnyRole('RECEPTION','CARE_MANAGER','SYSTEM')";
    public static final String CASEWORK = "hasAnyRole('RECEPTION','COUNSELLOR','CARE_MANAGER','SYSTEM')";

    private final CurrentUser currentUser;

    ResidentAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    boolean isSystem() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && SystemAuthentication.NAME.equals(auth.getName())
                && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_SYSTEM"));
    }

    /** The homes whose residents the caller may see; {@code null} means all (system only). */
    public Set<Long> homes() {
        return isSystem() ? null : currentUser.homeIds();
    }

    public boolean mayAccess(long homeId) {
        return isSystem() || currentUser.homeIds().contains(homeId);
    }

    public void require(Resident resident) {
        require(resident.getHomeId());
    }

    public void require(long homeId) {
        if (!mayAccess(homeId)) {
            throw new AccessDeniedException("No access to residents of home " + homeId);
        }
    }

    /** Care managers and counsellors may see a returning survivor's earlier stays, even in another home. */
    public boolean maySeeEarlierStays() {
        return isSystem() || currentUser.has(Role.CARE_MANAGER) || currentUser.has(Role.COUNSELLOR);
    }

    public String username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? SystemAuthentication.NAME : auth.getName();
    }
}
