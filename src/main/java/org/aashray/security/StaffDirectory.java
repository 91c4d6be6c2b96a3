package org.aashray.security;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts of staff on a home's roll, by role: a figure inspection reports need, without names. */
@Service
public class StaffDirectory {

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;

    StaffDirectory(UserAccountRepository accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Role, Long> activeStaffByRole(long homeId) {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        // only for a home the caller works in or oversees (its district's official); others get no figures
        if (!currentUser.mayAccessHome(homeId) && !currentUser.districtIds().contains(accounts.districtOfHome(homeId))) {
            return counts;
        }
        for (Object[] row : accounts.countActiveByRoleForHome(homeId)) {
            counts.put((Role) row[0], (Long) row[1]);
        }
        return counts;
    }
}
