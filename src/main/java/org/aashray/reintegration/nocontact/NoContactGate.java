package org.aashray.reintegration.nocontact;

import static org.aashray.reintegration.internal.ReintegrationAccess.clean;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.ValidationException;
import org.aashray.base.ValidationException.FieldError;
import org.aashray.placements.ExitRequest;
import org.aashray.reintegration.internal.ReintegrationAccess;
import org.aashray.residents.NoContactCheck;
import org.aashray.residents.NoContactMatch;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Her exit, a home verification and a follow-up are refused while the people or numbers they record match her
 * no-contact list (residents' {@link NoContactCheck}), the message next to the field naming the entry, until the care
 * manager records an override for that step with a reason; the next save of the step that matches uses it up. The
 * application's own saves (demo seeding, imports of what already happened) are not gated.
 */
@Service
public class NoContactGate {

    static final String BLOCKED = "reintegration.noContact.blocked";
    static final String ASK_CARE_MANAGER = "reintegration.noContact.askCareManager";

    private final NoContactCheck check;
    private final NoContactOverrideRepository overrides;
    private final ReintegrationAccess access;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    NoContactGate(NoContactCheck check, NoContactOverrideRepository overrides, ReintegrationAccess access,
                  CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.check = check;
        this.overrides = overrides;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** True when a refusal's message is this gate's and the caller may lift it (the care manager's wording). */
    public static boolean offersOverride(ValidationException e) {
        return e.errors().stream().anyMatch(err -> BLOCKED.equals(err.messageKey()));
    }

    /**
     * The objections to saving {@code step} with these texts (field → text as typed), none when nothing matches or an
     * unused override of the step lets it through, which is then used up (in the caller's transaction: a save that
     * fails for another reason leaves it unused).
     */
    @PreAuthorize(ReintegrationAccess.READ)
    @Transactional
    public List<FieldError> objections(long residentId, NoContactStep step, Map<String, String> recorded) {
        if (access.isSystem()) return List.of();
        List<NoContactMatch> matches = check.check(residentId, recorded);
        if (matches.isEmpty()) return List.of();
        var override = overrides.findFirstByResidentIdAndStepAndUsedAtIsNullOrderById(residentId, step);
        if (override.isPresent()) {
            NoContactOverride o = override.get();
            o.use(clock.instant());
            overrides.flush();
            audit.recordChange("UPDATE", "NoContactOverride", o.getId(), o.getHomeId(),
                    "No-contact override used: " + step + " saved although it matches her no-contact list",
                    Map.of("usedAt", ""), Map.of("usedAt", clock.instant().toString(), "step", step));
            return List.of();
        }
        String key = currentUser.has(Role.CARE_MANAGER) ? BLOCKED : ASK_CARE_MANAGER;
        return matches.stream().map(m -> new FieldError(m.field(), key, m.entry())).toList();
    }

    /** What an exit records about where and to whom she goes, by the exit dialog's field names. */
    public static Map<String, String> recorded(ExitRequest exit) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("releasedTo", exit.releasedTo());
        m.put("releasedToPhone", exit.releasedToPhone());
        m.put("destination", exit.destination());
        return m;
    }

    /** Refuses the save, each message next to its field, unless {@link #objections} has none. */
    @PreAuthorize(ReintegrationAccess.READ)
    @Transactional
    public void require(long residentId, NoContactStep step, Map<String, String> recorded) {
        List<FieldError> objections = objections(residentId, step, recorded);
        if (!objections.isEmpty()) throw new ValidationException(objections);
    }

    /** Whether these texts would be refused now (a match and no unused override); uses nothing up. */
    @PreAuthorize(ReintegrationAccess.MANAGE)
    @Transactional(readOnly = true)
    public boolean stops(long residentId, NoContactStep step, Map<String, String> recorded) {
        return !access.isSystem() && !check.check(residentId, recorded).isEmpty()
                && !overrides.existsByResidentIdAndStepAndUsedAtIsNull(residentId, step);
    }

    /**
     * The care manager lets the next save of {@code step} through although it matches her no-contact list. Audited
     * with the step and the reason; the matched person is not copied anywhere.
     */
    @PreAuthorize(ReintegrationAccess.MANAGE)
    @Transactional
    public void override(long residentId, NoContactStep step, String reason) {
        ResidentSummary r = access.resident(residentId);
        String why = clean(reason);
        new InputChecks().required("overrideStep", step)
                .require(why != null, "overrideReason", "reintegration.validation.overrideReason")
                .maxLength("overrideReason", why, 1000).throwIfAny();
        NoContactOverride o = overrides.saveAndFlush(new NoContactOverride(residentId, r.homeId(), step, why,
                access.username(), clock.instant()));
        audit.recordChange("OVERRIDE", "NoContactOverride", o.getId(), r.homeId(),
                r.caseNumber() + ": no-contact check overridden for the " + step + ": " + why, null,
                Map.of("step", step, "reason", why));
    }
}
