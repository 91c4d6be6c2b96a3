package org.aashray.training;

import java.time.LocalDateTime;
import java.util.List;
import org.aashray.residents.ResidentDirectory;
import org.aashray.training.courses.BatchRepository;
import org.aashray.training.courses.BatchService;
import org.aashray.training.courses.BatchSessionRepository;
import org.aashray.training.courses.BatchSummary;
import org.aashray.training.enrolment.EnrolmentStatus;
import org.aashray.training.internal.TrainingAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a resident is busy with training: counselling and medical check their appointments against it
 * (the shared schedule conflict check adapts this to its own interface).
 */
@Service
public class TrainingSchedule {

    private final BatchSessionRepository sessions;
    private final BatchRepository batches;
    private final ResidentDirectory residents;

    TrainingSchedule(BatchSessionRepository sessions, BatchRepository batches, ResidentDirectory residents) {
        this.sessions = sessions;
        this.batches = batches;
        this.residents = residents;
    }

    /** The resident's training sessions (batches where she holds a seat) that overlap [from, to). */
    @PreAuthorize(TrainingAccess.READ)
    @Transactional(readOnly = true)
    public List<TrainingSlot> sessionsOf(long residentId, LocalDateTime from, LocalDateTime to) {
        residents.require(residentId);
        return sessions.forResident(residentId, List.of(EnrolmentStatus.ENROLLED), from.toLocalDate(), to.toLocalDate())
                .stream()
                .filter(s -> s.getDate().atTime(s.getStartTime()).isBefore(to) && s.getDate().atTime(s.getEndTime()).isAfter(from))
                .map(s -> {
                    BatchSummary b = batches.summary(s.getBatchId(), BatchService.SEATED, EnrolmentStatus.WAITLISTED).orElseThrow();
                    return new TrainingSlot(residentId, b.id(), s.getId(), b.courseName(), b.venue(),
                            s.getDate().atTime(s.getStartTime()), s.getDate().atTime(s.getEndTime()));
                }).toList();
    }
}
