package org.aashray.alerts.engine;

/** What one evaluation of a rule did. */
public record EvaluationResult(String ruleKey, int due, int raised, int updated, int resolved, int escalated,
                               long millis) {

    public String summary() {
        return String.format("%s: %d due, %d raised, %d updated, %d resolved, %d escalated", ruleKey, due, raised,
                updated, resolved, escalated);
    }
}
