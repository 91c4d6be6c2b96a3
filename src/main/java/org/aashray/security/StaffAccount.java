package org.aashray.security;

import java.time.Instant;
import java.util.Set;

/** What the user administration screen shows and edits about one account. */
public record StaffAccount(Long id, String username, String displayName, Set<Role> roles, Set<Long> homeIds,
                           Set<Long> districtIds, boolean active, Instant lockedUntil, String language,
                           long version) {

    static StaffAccount of(UserAccount a) {
        return new StaffAccount(a.getId(), a.getUsername(), a.getDisplayName(), a.getRoles(), a.getHomeIds(),
                a.getDistrictIds(), a.isActive(), a.getLockedUntil(), a.getLanguage(), a.getVersion());
    }
}
