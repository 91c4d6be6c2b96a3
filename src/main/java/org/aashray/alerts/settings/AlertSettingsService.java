package org.aashray.alerts.settings;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aashray.alerts.AlertRule;
import org.aashray.alerts.AlertRunRequested;
import org.aashray.alerts.internal.AlertRuleRegistry;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
import org.aashray.security.CurrentUser;
import org.quartz.CronExpression;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lead times, escalation and schedules of the alert rules: data ADMIN edits, with the rule's defaults first. */
@Service
public class AlertSettingsService {

    private static final int MAX_DAYS = 3650;
    /** alert_rule_settings.cron */
    private static final int MAX_CRON = 120;

    private final AlertRuleRegistry rules;
    private final AlertRuleSettingsRepository settings;
    private final RuleDefaults defaults;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AlertSettingsService(AlertRuleRegistry rules, AlertRuleSettingsRepository settings, RuleDefaults defaults, AuditLog audit,
                         CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.rules = rules;
        this.settings = settings;
        this.defaults = defaults;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The settings in force for a rule (created from its defaults the first time). Used by the engine and jobs. */
    @Transactional
    public RuleSettings effective(AlertRule rule) {
        defaults.ensureRow(rule);
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
        check(edited);
        AlertRule rule = rules.find(edited.ruleKey()).orElseThrow();
        AlertRuleSettings row = settings.findById(rule.key()).orElseThrow();
        OptimisticLock.requireVersion("Alert rule " + rule.key(), row.getVersion(), edited.version());
        Map<String, Object> before = snapshot(row);
        row.apply(edited, clock.instant(), currentUser.get().map(u -> u.getUsername()).orElse(AuditLog.SYSTEM_USER));
        OptimisticLock.write("Alert rule " + rule.key(), settings::flush);
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

    private static void check(RuleSettings s) {
        InputChecks checks = new InputChecks()
                .require(s.leadDays() >= 1 && s.leadDays() <= MAX_DAYS, "leadDays", "alerts.validation.days", 1, MAX_DAYS)
                .require(s.careManagerAfterDays() >= 1 && s.careManagerAfterDays() <= MAX_DAYS, "careManagerAfterDays",
                        "alerts.validation.days", 1, MAX_DAYS)
                .require(s.officialAfterDays() > s.careManagerAfterDays() && s.officialAfterDays() <= MAX_DAYS,
                        "officialAfterDays", "alerts.validation.officialAfterCareManager")
                .text("cron", s.cron(), MAX_CRON, true);
        if (!checks.has("cron")) {
            checks.require(CronExpression.isValidExpression(s.cron().trim()), "cron", "alerts.validation.cron");
        }
        checks.throwIfAny();
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
