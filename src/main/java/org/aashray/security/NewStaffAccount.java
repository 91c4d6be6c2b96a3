package org.aashray.security;

import java.util.Set;

/** An account an administrator is about to create, with its first (temporary) password. */
public record NewStaffAccount(String username, String displayName, Set<Role> roles, Set<Long> homeIds,
                              Set<Long> districtIds, String language, String temporaryPassword) {
}
