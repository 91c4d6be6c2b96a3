package org.aashray.reports.figures;

import java.util.List;

/**
 * One home's line of the work table: its readiness pipeline and overdue work today, and its training rates
 * (placement rates in the order of {@link TrainingRates#placement()}).
 */
public record HomeWorkRow(long homeId, String code, String name, Cell inCare, Cell verificationPending, Cell ready,
                          Cell overdueVerifications, Cell overdueFollowUps, Cell trainees, String completionRate,
                          List<String> placementRates) {
}
