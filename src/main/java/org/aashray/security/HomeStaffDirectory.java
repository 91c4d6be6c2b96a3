package org.aashray.security;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aashray.security.accounts.UserAccountRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works in a home: its active staff by name, for choosing a colleague (to assign an alert, a home
 * verification, a follow-up), and how many there are per role, for inspection reports (numbers, no names).
 */
@Service
public class HomeStaffDirectory {

    /** A member of staff as other features show her: account id, login name, display name and roles. */
    public record StaffMember(long id, String username, String displayName, Set<Role> roles) {
    }

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;

    HomeStaffDirectory(UserAccountRepository accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** Active staff assigned to the home, by display name; the caller must work in that home (or be ADMIN: structure). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<StaffMember> staffOf(long homeId) {
        currentUser.requireHomeStructure(homeId);
        return accounts.activeOfHome(homeId).stream()
                .map(u -> new StaffMember(u.getId(), u.getUsername(), u.getDisplayName(), Set.copyOf(u.getRoles())))
                .toList();
    }

    /** Active staff on the home's roll per role; empty unless the caller works in the home or oversees its district. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Role, Long> activeStaffByRole(long homeId) {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        if (!currentUser.mayAccessHomeStructure(homeId) && !currentUser.districtIds().contains(accounts.districtOfHome(homeId))) {
            return counts;
        }
        for (Object[] row : accounts.countActiveByRoleForHome(homeId)) {
            counts.put((Role) row[0], (Long) row[1]);
        }
        return counts;
    }
}
