package org.aashray.alerts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.base.ValidationException.FieldError;
import org.aashray.security.CurrentUser;
import org.quartz.CronExpression;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lead times, escalation and schedules of the alert rules: data ADMIN edits, with the rule's defaults first. */
@Service
public class AlertSettingsService {

    static final int MAX_DAYS = 3650;
    /** alert_rule_settings.cron */
    static final int MAX_CRON = 120;

    private final AlertRules rules;
    private final AlertRuleSettingsRepository settings;
    private final AlertStore store;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AlertSettingsService(AlertRules rules, AlertRuleSettingsRepository settings, AlertStore store, AuditLog audit,
                         CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.rules = rules;
        this.settings = settings;
        this.store = store;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The settings in force for a rule (created from its defaults the first time). Used by the engine and jobs. */
    @Transactional
    public RuleSettings effective(AlertRule rule) {
        store.ensureSettings(rule);
        return toRecord(rule, settings.findById(rule.key()).orElseThrow());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public List<RuleSettings> list() {
        return rules.all().stream().map(this::effective).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RuleSettings save(RuleSettings edited) {
        List<FieldError> errors = check(edited);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        AlertRule rule = rules.find(edited.ruleKey()).orElseThrow();
        AlertRuleSettings row = settings.findById(rule.key()).orElseThrow();
        if (row.getVersion() != edited.version()) {
            throw new ConcurrentEditException("Alert rule " + rule.key(), null);
        }
        Map<String, Object> before = snapshot(row);
        row.apply(edited, clock.instant(), currentUser.get().map(u -> u.getUsername()).orElse(AuditLog.SYSTEM_USER));
        settings.flush();
        audit.recordChange("UPDATE", "AlertRuleSettings", rule.key(), null, "Alert rule " + rule.key() + " changed",
                before, snapshot(row));
        events.publishEvent(new AlertSettingsChanged(rule.key(), row.getCron(), row.isEnabled()));
        return toRecord(rule, row);
    }

    /** Asks the scheduler to evaluate the rule now, on whichever node picks it up; the run is recorded as usual. */
    @PreAuthorize("hasRole('ADMIN')")
    public void runNow(String ruleKey) {
        rules.find(ruleKey).orElseThrow();
        events.publishEvent(new AlertRunRequested(ruleKey));
    }

    static List<FieldError> check(RuleSettings s) {
        List<FieldError> errors = new ArrayList<>();
        if (s.leadDays() < 1 || s.leadDays() > MAX_DAYS) {
            errors.add(new FieldError("leadDays", "alerts.validation.days", 1, MAX_DAYS));
        }
        if (s.careManagerAfterDays() < 1 || s.careManagerAfterDays() > MAX_DAYS) {
            errors.add(new FieldError("careManagerAfterDays", "alerts.validation.days", 1, MAX_DAYS));
        }
        if (s.officialAfterDays() <= s.careManagerAfterDays() || s.officialAfterDays() > MAX_DAYS) {
            errors.add(new FieldError("officialAfterDays", "alerts.validation.officialAfterCareManager"));
        }
        if (s.cron() == null || s.cron().isBlank()) {
            errors.add(new FieldError("cron", "validation.required"));
        } else if (s.cron().trim().length() > MAX_CRON) {
            errors.add(new FieldError("cron", "validation.tooLong", MAX_CRON));
        } else if (!CronExpression.isValidExpression(s.cron().trim())) {
            errors.add(new FieldError("cron", "alerts.validation.cron"));
        }
        return errors;
    }

    private static RuleSettings toRecord(AlertRule rule, AlertRuleSettings row) {
        return new RuleSettings(rule.key(), rule.titleKey(), row.isEnabled(), row.getLeadDays(),
                row.getCareManagerAfterDays(), row.getOfficialAfterDays(), row.getCron(), row.getVersion());
    }

    private static Map<String, Object> snapshot(AlertRuleSettings row) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enabled", row.isEnabled());
        m.put("leadDays", row.getLeadDays());
        m.put("careManagerAfterDays", row.getCareManagerAfterDays());
        m.put("officialAfterDays", row.getOfficialAfterDays());
        m.put("cron", row.getCron());
        return m;
    }
}
