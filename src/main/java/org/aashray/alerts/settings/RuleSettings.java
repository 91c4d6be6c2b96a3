package org.aashray.alerts.settings;

/** A rule's editable settings, as the ADMIN settings view shows and saves them. */
public record RuleSettings(String ruleKey, String titleKey, boolean enabled, int leadDays, int careManagerAfterDays,
                           int officialAfterDays, String cron, long version) {

    public RuleSettings withValues(boolean enabled, int leadDays, int careManagerAfterDays, int officialAfterDays,
                                   String cron) {
        return new RuleSettings(ruleKey, titleKey, enabled, leadDays, careManagerAfterDays, officialAfterDays, cron,
                version);
    }
}
