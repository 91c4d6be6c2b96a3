package org.aashray.alerts;

/** ADMIN asked to evaluate a rule now rather than at its next scheduled time. */
public record AlertRunRequested(String ruleKey) {
}
