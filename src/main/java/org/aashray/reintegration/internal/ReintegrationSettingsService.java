package org.aashray.reintegration.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
import org.aashray.placements.ExitReason;
import org.aashray.reintegration.readiness.ReadinessItem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The configurable limits, the readiness checklist and the items each gated exit kind requires: everyone reads
 * them, ADMIN changes them (one save, one version: the settings row's).
 */
@Service
public class ReintegrationSettingsService {

    private final ReintegrationSettingsRepository settings;
    private final ReadinessItemRepository items;
    private final ExitGateItemRepository gates;
    private final EntityManager entities;
    private final AuditLog audit;

    ReintegrationSettingsService(ReintegrationSettingsRepository settings, ReadinessItemRepository items,
                                 ExitGateItemRepository gates, EntityManager entities, AuditLog audit) {
        this.settings = settings;
        this.items = items;
        this.gates = gates;
        this.entities = entities;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ReintegrationSettings settings() {
        return settings.findById(1).orElseThrow();
    }

    /** The readiness items in checklist order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReadinessItem> checklistItems() {
        return items.findAllByOrderByPosition().stream().map(ReadinessItemSetting::getItem).toList();
    }

    /** For each gated exit kind ({@link GatedExits#KINDS}, in order), the readiness items it requires. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<ExitReason, Set<ReadinessItem>> gateItems() {
        Map<ExitReason, Set<ReadinessItem>> result = new LinkedHashMap<>();
        GatedExits.KINDS.forEach(k -> result.put(k, EnumSet.noneOf(ReadinessItem.class)));
        gates.findAll().stream().filter(g -> result.containsKey(g.getExitReason()))
                .forEach(g -> result.get(g.getExitReason()).add(g.getItem()));
        return result;
    }

    /** Saves the limits and, for each gated exit kind given, exactly the items it requires from now on. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ReintegrationSettings save(ReintegrationSettings edited, Map<ExitReason, Set<ReadinessItem>> required) {
        String months = edited.getFollowupMonths() == null ? "" : edited.getFollowupMonths().replace(" ", "");
        InputChecks checks = new InputChecks();
        range(checks, "verificationDueDays", edited.getVerificationDueDays(), 1, 120);
        range(checks, "verificationValidDays", edited.getVerificationValidDays(), 1, 730);
        range(checks, "followupGraceDays", edited.getFollowupGraceDays(), 0, 60);
        range(checks, "unreachableAttempts", edited.getUnreachableAttempts(), 1, 20);
        range(checks, "permitWarningDays", edited.getPermitWarningDays(), 1, 180);
        checks.require(months.matches("\\d{1,2}(,\\d{1,2}){0,11}"), "followupMonths", "reintegration.validation.months")
                .require(required.keySet().stream().allMatch(GatedExits::gated), "gates", "reintegration.validation.notGated")
                .throwIfAny();
        ReintegrationSettings s = settings.findById(1).orElseThrow();
        OptimisticLock.requireVersion("ReintegrationSettings", s.getVersion(), edited.getVersion());
        Map<String, Object> before = snapshot(s, gateItems());
        s.setVerificationDueDays(edited.getVerificationDueDays());
        s.setVerificationValidDays(edited.getVerificationValidDays());
        s.setFollowupMonths(months);
        s.setFollowupGraceDays(edited.getFollowupGraceDays());
        s.setUnreachableAttempts(edited.getUnreachableAttempts());
        s.setPermitWarningDays(edited.getPermitWarningDays());
        List<ReadinessItem> known = checklistItems();
        List<ExitGateItem> current = gates.findAll();
        required.forEach((kind, wanted) -> {
            current.stream().filter(g -> g.getExitReason() == kind && !wanted.contains(g.getItem())).forEach(gates::delete);
            wanted.stream().filter(known::contains)
                    .filter(item -> current.stream().noneMatch(g -> g.getExitReason() == kind && g.getItem() == item))
                    .forEach(item -> entities.persist(new ExitGateItem(kind, item)));
        });
        // the gate items have no version of their own: every save moves the settings' version on, so a screen
        // opened before this save cannot overwrite what it did not see
        entities.lock(s, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        OptimisticLock.write("ReintegrationSettings", () -> settings.flush());
        audit.recordChange("UPDATE", "ReintegrationSettings", 1, null, "Reintegration limits changed", before,
                snapshot(s, gateItems()));
        return s;
    }

    private static Map<String, Object> snapshot(ReintegrationSettings s, Map<ExitReason, Set<ReadinessItem>> required) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("verificationDueDays", s.getVerificationDueDays());
        m.put("verificationValidDays", s.getVerificationValidDays());
        m.put("followupMonths", s.getFollowupMonths());
        m.put("followupGraceDays", s.getFollowupGraceDays());
        m.put("unreachableAttempts", s.getUnreachableAttempts());
        m.put("permitWarningDays", s.getPermitWarningDays());
        required.forEach((k, v) -> m.put("gate." + k, v.stream().map(Enum::name).sorted().toList()));
        return m;
    }

    private static void range(InputChecks checks, String field, int value, int min, int max) {
        checks.require(value >= min && value <= max, field, "reintegration.validation.range", min, max);
    }
}
