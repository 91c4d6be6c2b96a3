package org.aashray.alerts.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A rule's settings as ADMIN left them; created from the rule's defaults the first time the rule is seen. */
@Entity
@Table(name = "alert_rule_settings")
class AlertRuleSettings {

    @Id
    @Column(name = "rule_key")
    private String ruleKey;
    private boolean enabled;
    @Column(name = "lead_days")
    private int leadDays;
    @Column(name = "care_manager_after_days")
    private int careManagerAfterDays;
    @Column(name = "official_after_days")
    private int officialAfterDays;
    private String cron;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Version
    private long version;

    protected AlertRuleSettings() {
    }

    String getRuleKey() { return ruleKey; }
    boolean isEnabled() { return enabled; }
    int getLeadDays() { return leadDays; }
    int getCareManagerAfterDays() { return careManagerAfterDays; }
    int getOfficialAfterDays() { return officialAfterDays; }
    String getCron() { return cron; }
    long getVersion() { return version; }

    void apply(RuleSettings edited, Instant at, String by) {
        this.enabled = edited.enabled();
        this.leadDays = edited.leadDays();
        this.careManagerAfterDays = edited.careManagerAfterDays();
        this.officialAfterDays = edited.officialAfterDays();
        this.cron = edited.cron().trim();
        this.updatedAt = at;
        this.updatedBy = by;
    }
}
