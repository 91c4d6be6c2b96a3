package org.aashray.alerts;

import org.aashray.security.Role;

/**
 * Base for a feature's rule: the fixed facts (key, title, severity, who is alerted, defaults) are declared once in
 * the constructor, so a rule's own code is only its query in {@link #dueItems}.
 */
public abstract class DeclaredAlertRule implements AlertRule {

    private final String key;
    private final String titleKey;
    private final AlertSeverity severity;
    private final Role alertedRole;
    private final AlertDefaults defaults;

    protected DeclaredAlertRule(String key, String titleKey, AlertSeverity severity, Role alertedRole,
                                AlertDefaults defaults) {
        this.key = key;
        this.titleKey = titleKey;
        this.severity = severity;
        this.alertedRole = alertedRole;
        this.defaults = defaults;
    }

    @Override
    public final String key() {
        return key;
    }

    @Override
    public final String titleKey() {
        return titleKey;
    }

    @Override
    public final AlertSeverity severity() {
        return severity;
    }

    @Override
    public final Role alertedRole() {
        return alertedRole;
    }

    @Override
    public final AlertDefaults defaults() {
        return defaults;
    }
}
