package org.aashray.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
import org.aashray.security.accounts.PasswordPolicy;
import org.aashray.security.accounts.UserAccount;
import org.aashray.security.accounts.UserAccountRepository;
import org.aashray.security.login.LoginEvent;
import org.aashray.security.login.LoginEventRepository;
import org.aashray.security.login.SessionTerminator;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
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
        return accounts.search(filter, pageable).map(UserAdminService::toStaffAccount);
    }

    @Transactional(readOnly = true)
    public Page<LoginAttempt> loginEvents(Pageable pageable) {
        return loginEvents.findAllByOrderByOccurredAtDesc(pageable).map(UserAdminService::toAttempt);
    }

    @Transactional
    public StaffAccount create(NewStaffAccount request) {
        InputChecks checks = new InputChecks();
        String username = request.username() == null ? "" : request.username().trim().toLowerCase();
        if (!USERNAME.matcher(username).matches()) {
            checks.add("username", "security.user.username.invalid");
        } else if (accounts.existsByUsername(username)) {
            checks.add("username", "security.user.username.taken");
        }
        checkAssignment(checks, request.displayName(), request.roles(), request.homeIds(), request.districtIds());
        PasswordPolicy.check(checks, "password", request.temporaryPassword()).throwIfAny();
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
        return toStaffAccount(account);
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
        checkAssignment(new InputChecks(), edited.displayName(), edited.roles(), edited.homeIds(), edited.districtIds())
                .throwIfAny();
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
        return toStaffAccount(account);
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
        return toStaffAccount(account);
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
        OptimisticLock.requireVersion("Account " + account.getUsername(), account.getVersion(), expectedVersion);
        return account;
    }

    private void flush() {
        OptimisticLock.write("Account", accounts::flush);
    }

    /**
     * Home roles work in homes, district officials oversee districts: each needs at least one. ADMIN manages
     * structure and never survivors, so an administrator's account holds ADMIN alone and works in no home or
     * district: a staff role or a home beside it would open residents' records to her.
     */
    private static InputChecks checkAssignment(InputChecks checks, String displayName, Set<Role> roles,
                                               Set<Long> homeIds, Set<Long> districtIds) {
        checks.text("displayName", displayName, 120, true);
        if (roles == null || roles.isEmpty()) {
            return checks.add("roles", "security.user.roles.required");
        }
        if (roles.contains(Role.ADMIN)) {
            return checks.require(roles.size() == 1, "roles", "security.user.roles.adminAlone")
                    .require(homeIds == null || homeIds.isEmpty(), "homeIds", "security.user.homes.notForAdmin")
                    .require(districtIds == null || districtIds.isEmpty(), "districtIds",
                            "security.user.districts.notForAdmin");
        }
        boolean worksInHomes = roles.stream().anyMatch(HOME_ROLES::contains);
        return checks.require(!worksInHomes || homeIds != null && !homeIds.isEmpty(), "homeIds",
                        "security.user.homes.required")
                .require(!roles.contains(Role.DISTRICT_OFFICIAL) || districtIds != null && !districtIds.isEmpty(),
                        "districtIds", "security.user.districts.required");
    }

    private static StaffAccount toStaffAccount(UserAccount a) {
        return new StaffAccount(a.getId(), a.getUsername(), a.getDisplayName(), a.getRoles(), a.getHomeIds(),
                a.getDistrictIds(), a.isActive(), a.getLockedUntil(), a.getLanguage(), a.getVersion());
    }

    private static LoginAttempt toAttempt(LoginEvent e) {
        return new LoginAttempt(e.getOccurredAt(), e.getUsername(), e.isSuccess(), e.getReason(), e.getRemoteAddress());
    }

    private static Map<String, Object> snapshot(UserAccount a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("displayName", a.getDisplayName());
        m.put("roles", new TreeSet<>(a.getRoles()));
        m.put("homeIds", new TreeSet<>(a.getHomeIds()));
        m.put("districtIds", new TreeSet<>(a.getDistrictIds()));
        m.put("active", a.isActive());
        m.put("language", a.getLanguage());
        m.put("lockedUntil", a.getLockedUntil());
        return m;
    }
}
