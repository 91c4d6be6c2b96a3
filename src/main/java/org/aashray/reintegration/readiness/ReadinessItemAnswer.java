package org.aashray.reintegration.readiness;

/** One answer given in a readiness check (the home verification item is computed, its answer is ignored). */
public record ReadinessItemAnswer(ReadinessItem item, Answer answer, String note) {
}
