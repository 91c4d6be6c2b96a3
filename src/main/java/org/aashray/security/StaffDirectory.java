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

    StaffDirectory(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Role, Long> activeStaffByRole(long homeId) {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Object[] row : accounts.countActiveByRoleForHome(homeId)) {
            counts.put((Role) row[0], (Long) row[1]);
        }
        return counts;
    }
}
