package org.aashray.alerts.settings;

/** Published after ADMIN saved a rule's settings, so its schedule follows the new cron. */
public record AlertSettingsChanged(String ruleKey, String cron, boolean enabled) {
}
