package org.aashray.security;

import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.ValidationException;
import org.aashray.security.accounts.PasswordPolicy;
import org.aashray.security.accounts.UserAccount;
import org.aashray.security.accounts.UserAccountRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every logged-in person may do to their own account. */
@Service
@PreAuthorize("isAuthenticated()")
public class AccountSelfService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    AccountSelfService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
                       AuditLog audit) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return currentUser.get()
                .flatMap(u -> accounts.mustChangePassword(u.getUsername()))
                .orElse(false);
    }

    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        UserAccount account = accounts.findByUsername(currentUser.require().getUsername()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new ValidationException("currentPassword", "security.password.wrongCurrent");
        }
        PasswordPolicy.check("newPassword", newPassword);
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new ValidationException("newPassword", "security.password.sameAsOld");
        }
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.setMustChangePassword(false);
        audit.recordChange("CHANGE_PASSWORD", UserAdminService.ENTITY, account.getId(), null,
                "Password changed by its owner", Map.of(), Map.of());
    }

    @Transactional
    public void setLanguage(String language) {
        if (!"en".equals(language) && !"hi".equals(language)) {
            throw new ValidationException("language", "validation.invalid");
        }
        accounts.findByUsername(currentUser.require().getUsername()).orElseThrow().setLanguage(language);
    }

    @Transactional(readOnly = true)
    public String language() {
        return currentUser.get().flatMap(u -> accounts.findByUsername(u.getUsername()))
                .map(UserAccount::getLanguage).orElse("en");
    }
}
