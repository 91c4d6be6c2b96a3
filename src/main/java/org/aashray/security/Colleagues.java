package org.aashray.security;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The active staff of a home, for choosing a colleague (e.g. to assign an alert to); names only. */
@Service
public class Colleagues {

    public record Colleague(long id, String displayName) {
    }

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;

    Colleagues(UserAccountRepository accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Colleague> ofHome(long homeId) {
        if (!currentUser.mayAccessHome(homeId)) {
            throw new AccessDeniedException("No access to home " + homeId);
        }
        return accounts.activeOfHome(homeId).stream().map(a -> new Colleague(a.getId(), a.getDisplayName())).toList();
    }
}
