package org.aashray.training;

import java.time.LocalDate;

/** Events other features may listen to with {@code @ApplicationModuleListener}. */
public final class TrainingEvents {

    private TrainingEvents() {
    }

    /** A trainee finished a batch with a certificate; outcome checks fall due from {@code completedOn}. */
    public record TrainingCompleted(long enrolmentId, long residentId, long homeId, String course, LocalDate completedOn,
                                    String certificateNumber) {
    }

    /** A seat came free and the first trainee on the waitlist got it. */
    public record WaitlistPromoted(long enrolmentId, long residentId, long homeId, long batchId) {
    }

    /** A trainee left a batch before its end. */
    public record TraineeDropped(long enrolmentId, long residentId, long homeId, long batchId, String reason) {
    }
}
