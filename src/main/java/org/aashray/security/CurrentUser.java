package org.aashray.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is calling, and the checks services make before they read or change anything. Staff see only the
 * homes they are assigned to; district officials only aggregates of their districts; ADMIN manages all
 * homes' structure.
 */
@Component
public class CurrentUser {

    public Optional<AashrayUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AashrayUser user ? Optional.of(user) : Optional.empty();
    }

    public AashrayUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
    }

    /** The name to record as author: the logged-in person, or "system" for the application's own work. */
    public String username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth.getName() == null) {
            throw new AccessDeniedException("Not logged in");
        }
        return auth.getName();
    }

    public boolean has(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }

    public void requireAnyRole(Role... roles) {
        if (Arrays.stream(roles).noneMatch(this::has)) {
            throw new AccessDeniedException("Requires one of " + Arrays.toString(roles));
        }
    }

    /** Homes whose records the caller may work with; empty for ADMIN, who sees all (see {@link #seesAllHomes()}). */
    public Set<Long> homeIds() {
        return get().map(AashrayUser::homeIds).orElse(Set.of());
    }

    public Set<Long> districtIds() {
        return get().map(AashrayUser::districtIds).orElse(Set.of());
    }

    public boolean seesAllHomes() {
        return has(Role.ADMIN) || SystemAuthentication.isSystem();
    }

    public boolean mayAccessHome(long homeId) {
        return seesAllHomes() || homeIds().contains(homeId);
    }

    public void requireHome(long homeId) {
        if (!mayAccessHome(homeId)) {
            throw new AccessDeniedException("No access to home " + homeId);
        }
    }

    public boolean mayAccessDistrict(long districtId) {
        return seesAllHomes() || districtIds().contains(districtId);
    }
}
