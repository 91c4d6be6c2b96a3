package org.aashray.security;

import java.time.Instant;
import java.util.Set;

/** What the user administration screen shows and edits about one account. */
public record StaffAccount(Long id, String username, String displayName, Set<Role> roles, Set<Long> homeIds,
                           Set<Long> districtIds, boolean active, Instant lockedUntil, String language,
                           long version) {
}
