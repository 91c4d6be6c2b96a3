package org.aashray.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An alert as the inbox shows it to staff of its home. Escalation level 1: the care manager was alerted;
 * {@value #DISTRICT_LEVEL}: the district official counts it.
 */
public record AlertItem(long id, String ruleKey, String titleKey, AlertSeverity severity, long homeId,
                        String homeName, LocalDate dueDate, boolean overdue, String descriptionKey,
                        List<String> descriptionArgs, String route, AlertStatus status, int escalationLevel,
                        String assigneeName, String acknowledgedBy, Instant raisedAt) {

    public static final int CARE_MANAGER_LEVEL = 1;
    public static final int DISTRICT_LEVEL = 2;
}
