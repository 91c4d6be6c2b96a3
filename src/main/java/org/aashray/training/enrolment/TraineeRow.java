package org.aashray.training.enrolment;

import java.time.LocalDate;

/**
 * A trainee of a batch as the batch screen shows her. {@code attendancePercent} is null until attendance has
 * been taken; {@code belowThreshold} compares it with the configured threshold.
 */
public record TraineeRow(long enrolmentId, long batchId, String course, long residentId, String residentName, String caseNumber,
                         EnrolmentStatus status, LiteracyLevel literacy, LocalDate enrolledOn, int present, int marked,
                         Integer attendancePercent, boolean belowThreshold, Integer assessmentScore,
                         AssessmentResult assessmentResult, LocalDate completedOn, String certificateNumber,
                         String dropoutReason, long version) {
}
