package org.aashray.reintegration;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.base.ValidationException.FieldError;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
        List<FieldError> errors = new ArrayList<>();
        range(errors, "verificationDueDays", edited.getVerificationDueDays(), 1, 120);
        range(errors, "verificationValidDays", edited.getVerificationValidDays(), 1, 730);
        range(errors, "followupGraceDays", edited.getFollowupGraceDays(), 0, 60);
        range(errors, "unreachableAttempts", edited.getUnreachableAttempts(), 1, 20);
        range(errors, "permitWarningDays", edited.getPermitWarningDays(), 1, 180);
        String months = edited.getFollowupMonths() == null ? "" : edited.getFollowupMonths().replace(" ", "");
        if (!months.matches("\\d{1,2}(,\\d{1,2}){0,11}")) {
            errors.add(new FieldError("followupMonths", "reintegration.validation.months"));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        ReintegrationSettings s = settings.findById(1).orElseThrow();
        if (s.getVersion() != edited.getVersion()) throw new ConcurrentEditException("ReintegrationSettings", null);
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
        try {
            settings.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("ReintegrationSettings", e);
        }
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

    private static void range(List<FieldError> errors, String field, int value, int min, int max) {
        if (value < min || value > max) errors.add(new FieldError(field, "reintegration.validation.range", min, max));
    }
}
