package org.aashray.training;

import java.time.LocalDateTime;

/** A training session a resident is expected at, for schedule conflict checks of other features. */
public record TrainingSlot(long residentId, long batchId, long sessionId, String course, String venue,
                           LocalDateTime start, LocalDateTime end) {
}
