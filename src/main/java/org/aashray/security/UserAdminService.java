package org.aashray.security;

import org.springframework.security.access.prepost.PreAuthorize;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.aashray.audit.AuditLog;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.base.ValidationException.FieldError;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** ADMIN manages staff accounts: who they are, their roles, their homes or districts, and access. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UserAdminService {

    static final String ENTITY = "UserAccount";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,60}");
    private static final Set<Role> HOME_ROLES = EnumSet.of(Role.RECEPTION, Role.COUNSELLOR, Role.MEDICAL,
            Role.TRAINER, Role.CARE_MANAGER);

    private final UserAccountRepository accounts;
    private final LoginEventRepository loginEvents;
    private final PasswordEncoder passwordEncoder;
    private final SessionTerminator sessions;
    private final AuditLog audit;
    private final Clock clock;

    UserAdminService(UserAccountRepository accounts, LoginEventRepository loginEvents, PasswordEncoder passwordEncoder,
                     SessionTerminator sessions, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.loginEvents = loginEvents;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<StaffAccount> list(String text, Pageable pageable) {
        String filter = text == null || text.isBlank() ? null : text.trim();
        return accounts.search(filter, pageable).map(StaffAccount::of);
    }

    @Transactional(readOnly = true)
    public Page<LoginEvent> loginEvents(Pageable pageable) {
        return loginEvents.findAllByOrderByOccurredAtDesc(pageable);
    }

    @Transactional
    public StaffAccount create(NewStaffAccount request) {
        List<FieldError> errors = new ArrayList<>();
        String username = request.username() == null ? "" : request.username().trim().toLowerCase();
        if (!USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username", "security.user.username.invalid"));
        } else if (accounts.existsByUsername(username)) {
            errors.add(new FieldError("username", "security.user.username.taken"));
        }
        errors.addAll(checkAssignment(request.displayName(), request.roles(), request.homeIds(), request.districtIds()));
        try {
            PasswordPolicy.check("password", request.temporaryPassword());
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        UserAccount account = new UserAccount(username, request.displayName().trim(),
                passwordEncoder.encode(request.temporaryPassword()), clock.instant());
        account.setRoles(request.roles());
        account.setHomeIds(request.homeIds());
        account.setDistrictIds(request.districtIds());
        account.setLanguage(request.language() == null ? "en" : request.language());
        account.setMustChangePassword(true);
        accounts.save(account);
        audit.recordChange("CREATE", ENTITY, account.getId(), null, "Account " + username + " created",
                null, snapshot(account));
        return StaffAccount.of(account);
    }

    /** For seeding the demo shelter: an account whose password need not be changed at first login. */
    @Transactional
    public StaffAccount createWithPermanentPassword(NewStaffAccount request) {
        StaffAccount created = create(request);
        accounts.findById(created.id()).orElseThrow().setMustChangePassword(false);
        return created;
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.existsByUsername(username);
    }

    @Transactional
    public StaffAccount update(StaffAccount edited) {
        List<FieldError> errors = checkAssignment(edited.displayName(), edited.roles(), edited.homeIds(), edited.districtIds());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        UserAccount account = load(edited.id(), edited.version());
        Map<String, Object> before = snapshot(account);
        account.setDisplayName(edited.displayName().trim());
        account.setRoles(edited.roles());
        account.setHomeIds(edited.homeIds());
        account.setDistrictIds(edited.districtIds());
        account.setLanguage(edited.language());
        flush();
        audit.recordChange("UPDATE", ENTITY, account.getId(), null, "Account " + account.getUsername() + " changed",
                before, snapshot(account));
        return StaffAccount.of(account);
    }

    /** Deactivation ends the person's open sessions at once; their records stay. */
    @Transactional
    public StaffAccount setActive(long id, long version, boolean active) {
        UserAccount account = load(id, version);
        Map<String, Object> before = snapshot(account);
        account.setActive(active);
        flush();
        audit.recordChange(active ? "ACTIVATE" : "DEACTIVATE", ENTITY, id, null,
                "Account " + account.getUsername() + (active ? " activated" : " deactivated"), before, snapshot(account));
        if (!active) {
            sessions.endSessionsOf(account.getUsername());
        }
        return StaffAccount.of(account);
    }

    @Transactional
    public void resetPassword(long id, String temporaryPassword) {
        PasswordPolicy.check("password", temporaryPassword);
        UserAccount account = accounts.findById(id).orElseThrow();
        account.setPasswordHash(passwordEncoder.encode(temporaryPassword));
        account.setMustChangePassword(true);
        account.unlock();
        audit.recordChange("RESET_PASSWORD", ENTITY, id, null, "Password reset for " + account.getUsername(),
                Map.of(), Map.of());
    }

    @Transactional
    public void unlock(long id) {
        UserAccount account = accounts.findById(id).orElseThrow();
        Map<String, Object> before = snapshot(account);
        account.unlock();
        audit.recordChange("UNLOCK", ENTITY, id, null, "Account " + account.getUsername() + " unlocked",
                before, snapshot(account));
    }

    private UserAccount load(Long id, long expectedVersion) {
        UserAccount account = accounts.findById(id).orElseThrow();
        if (account.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("Account " + account.getUsername(), null);
        }
        return account;
    }

    private void flush() {
        try {
            accounts.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Account", e);
        }
    }

    private static List<FieldError> checkAssignment(String displayName, Set<Role> roles, Set<Long> homeIds,
                                                    Set<Long> districtIds) {
        List<FieldError> errors = new ArrayList<>();
        if (displayName == null || displayName.isBlank()) {
            errors.add(new FieldError("displayName", "validation.required"));
        } else if (displayName.trim().length() > 120) {
            errors.add(new FieldError("displayName", "validation.tooLong", 120));
        }
        if (roles == null || roles.isEmpty()) {
            errors.add(new FieldError("roles", "security.user.roles.required"));
        } else {
            if (roles.stream().anyMatch(HOME_ROLES::contains) && (homeIds == null || homeIds.isEmpty())) {
                errors.add(new FieldError("homeIds", "security.user.homes.required"));
            }
            if (roles.contains(Role.DISTRICT_OFFICIAL) && (districtIds == null || districtIds.isEmpty())) {
                errors.add(new FieldError("districtIds", "security.user.districts.required"));
            }
        }
        return errors;
    }

    private static Map<String, Object> snapshot(UserAccount a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("displayName", a.getDisplayName());
        m.put("roles", new java.util.TreeSet<>(a.getRoles()));
        m.put("homeIds", new java.util.TreeSet<>(a.getHomeIds()));
        m.put("districtIds", new java.util.TreeSet<>(a.getDistrictIds()));
        m.put("active", a.isActive());
        m.put("language", a.getLanguage());
        m.put("lockedUntil", a.getLockedUntil());
        return m;
    }
}
