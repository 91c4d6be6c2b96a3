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
 * homes they are assigned to; district officials only aggregates of their districts.
 *
 * <p>Two kinds of check, on purpose: a home's <b>residents and their records</b> ({@link #requireHome},
 * {@link #mayAccessHome}, {@link #homeIds}, {@link #seesAllHomes}) are for the home's staff and the application
 * itself ("system") only; the home's <b>structure</b> (the home, its rooms, beds, staff roll, inspections and
 * report figures: {@link #requireHomeStructure}, {@link #managesAllHomes}) is also ADMIN's, in every home. An
 * account that holds ADMIN never passes a resident check, whatever other role or home it was given before
 * ADMIN and staff roles were kept apart: ADMIN manages structure, never survivors.
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

    /** The application's own work (seeding, scheduled jobs), not a person: {@link SystemAuthentication}. */
    public boolean isSystem() {
        return SystemAuthentication.isSystem();
    }

    /** A person holding ADMIN (not the application itself, which also carries ADMIN's authority). */
    private boolean isAdministrator() {
        return has(Role.ADMIN) && !isSystem();
    }

    /**
     * Homes whose residents and records the caller works with: her assigned homes. Empty for the application itself
     * (which sees all: {@link #seesAllHomes()}) and for anyone holding ADMIN, who works in no home.
     */
    public Set<Long> homeIds() {
        return isAdministrator() ? Set.of() : get().map(AashrayUser::homeIds).orElse(Set.of());
    }

    /** The districts an official oversees; empty for anyone holding ADMIN. */
    public Set<Long> districtIds() {
        return isAdministrator() ? Set.of() : get().map(AashrayUser::districtIds).orElse(Set.of());
    }

    /** Residents' records of every home: the application itself only, never ADMIN. */
    public boolean seesAllHomes() {
        return isSystem();
    }

    /** May the caller work with the residents and records of this home? */
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

    /** The structure of every home (homes, rooms, beds, staff roll, inspections, figures): ADMIN and the application. */
    public boolean managesAllHomes() {
        return has(Role.ADMIN) || isSystem();
    }

    /** May the caller see this home's structure: ADMIN any home, staff their own (nothing of its residents). */
    public boolean mayAccessHomeStructure(long homeId) {
        return managesAllHomes() || homeIds().contains(homeId);
    }

    public void requireHomeStructure(long homeId) {
        if (!mayAccessHomeStructure(homeId)) {
            throw new AccessDeniedException("No access to home " + homeId);
        }
    }

    public boolean mayAccessDistrictStructure(long districtId) {
        return managesAllHomes() || districtIds().contains(districtId);
    }
}
