package org.aashray.reintegration.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
import org.aashray.reintegration.readiness.ReadinessItem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The configurable limits and the blocking readiness items: everyone reads them, ADMIN changes them. */
@Service
public class ReintegrationSettingsService {

    private final ReintegrationSettingsRepository settings;
    private final ReadinessItemRepository items;
    private final AuditLog audit;

    ReintegrationSettingsService(ReintegrationSettingsRepository settings, ReadinessItemRepository items, AuditLog audit) {
        this.settings = settings;
        this.items = items;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ReintegrationSettings settings() {
        return settings.findById(1).orElseThrow();
    }

    /** Each readiness item in checklist order, with whether it blocks "restored to family". */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<ReadinessItem, Boolean> blockingItems() {
        Map<ReadinessItem, Boolean> result = new LinkedHashMap<>();
        items.findAllByOrderByPosition().forEach(i -> result.put(i.getItem(), i.isBlocking()));
        return result;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ReintegrationSettings save(ReintegrationSettings edited, Map<ReadinessItem, Boolean> blocking) {
        String months = edited.getFollowupMonths() == null ? "" : edited.getFollowupMonths().replace(" ", "");
        InputChecks checks = new InputChecks();
        range(checks, "verificationDueDays", edited.getVerificationDueDays(), 1, 120);
        range(checks, "verificationValidDays", edited.getVerificationValidDays(), 1, 730);
        range(checks, "followupGraceDays", edited.getFollowupGraceDays(), 0, 60);
        range(checks, "unreachableAttempts", edited.getUnreachableAttempts(), 1, 20);
        range(checks, "permitWarningDays", edited.getPermitWarningDays(), 1, 180);
        checks.require(months.matches("\\d{1,2}(,\\d{1,2}){0,11}"), "followupMonths", "reintegration.validation.months")
                .throwIfAny();
        ReintegrationSettings s = settings.findById(1).orElseThrow();
        OptimisticLock.requireVersion("ReintegrationSettings", s.getVersion(), edited.getVersion());
        Map<String, Object> before = snapshot(s, blockingItems());
        s.setVerificationDueDays(edited.getVerificationDueDays());
        s.setVerificationValidDays(edited.getVerificationValidDays());
        s.setFollowupMonths(months);
        s.setFollowupGraceDays(edited.getFollowupGraceDays());
        s.setUnreachableAttempts(edited.getUnreachableAttempts());
        s.setPermitWarningDays(edited.getPermitWarningDays());
        Map<ReadinessItem, Boolean> newBlocking = new EnumMap<>(ReadinessItem.class);
        for (ReadinessItemSetting i : items.findAll()) {
            Boolean b = blocking.get(i.getItem());
            if (b != null) i.setBlocking(b);
            newBlocking.put(i.getItem(), i.isBlocking());
        }
        OptimisticLock.write("ReintegrationSettings", () -> settings.flush());
        audit.recordChange("UPDATE", "ReintegrationSettings", 1, null, "Reintegration limits changed", before,
                snapshot(s, newBlocking));
        return s;
    }

    private static Map<String, Object> snapshot(ReintegrationSettings s, Map<ReadinessItem, Boolean> blocking) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("verificationDueDays", s.getVerificationDueDays());
        m.put("verificationValidDays", s.getVerificationValidDays());
        m.put("followupMonths", s.getFollowupMonths());
        m.put("followupGraceDays", s.getFollowupGraceDays());
        m.put("unreachableAttempts", s.getUnreachableAttempts());
        m.put("permitWarningDays", s.getPermitWarningDays());
        blocking.forEach((k, v) -> m.put("blocking." + k, v));
        return m;
    }

    private static void range(InputChecks checks, String field, int value, int min, int max) {
        checks.require(value >= min && value <= max, field, "reintegration.validation.range", min, max);
    }
}
