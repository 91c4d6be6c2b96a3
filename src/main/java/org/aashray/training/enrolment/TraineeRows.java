package org.aashray.training.enrolment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentSummary;
import org.aashray.training.courses.BatchRepository;
import org.aashray.training.courses.BatchService;
import org.aashray.training.courses.BatchSummary;
import org.aashray.training.courses.TrainingSettings;
import org.aashray.training.courses.TrainingSettingsRepository;
import org.springframework.stereotype.Component;

/**
 * Trainees as the screens list them and as completion judges them: attendance is tallied in one query for the
 * whole list, each batch's course and each resident's name looked up once.
 */
@Component
class TraineeRows {

    private final EnrolmentRepository enrolments;
    private final AttendanceRepository attendance;
    private final BatchRepository batches;
    private final TrainingSettingsRepository settings;
    private final ResidentDirectory residents;

    TraineeRows(EnrolmentRepository enrolments, AttendanceRepository attendance, BatchRepository batches,
                TrainingSettingsRepository settings, ResidentDirectory residents) {
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.batches = batches;
        this.settings = settings;
        this.residents = residents;
    }

    /** The attendance (in percent) below which a trainee gets no certificate. */
    int threshold() {
        return settings.findById(TrainingSettings.ID).orElseThrow().getAttendanceThreshold();
    }

    List<TraineeRow> ofBatch(long batchId, int threshold) {
        return of(enrolments.findByBatchIdOrderByIdAsc(batchId), threshold, Map.of());
    }

    /** {@code known}: residents already at hand, not looked up again. */
    List<TraineeRow> of(List<Enrolment> list, int threshold, Map<Long, ResidentSummary> known) {
        Map<Long, int[]> tally = new HashMap<>();
        if (!list.isEmpty()) {
            for (Object[] t : attendance.tally(list.stream().map(Enrolment::getId).toList())) {
                tally.put((Long) t[0], new int[] {((Number) t[1]).intValue(), ((Number) t[2]).intValue()});
            }
        }
        Map<Long, String> courseOfBatch = new HashMap<>();
        List<TraineeRow> rows = new ArrayList<>();
        for (Enrolment e : list) {
            String course = courseOfBatch.computeIfAbsent(e.getBatchId(), id -> batches.summary(id, BatchService.SEATED,
                    EnrolmentStatus.WAITLISTED).map(BatchSummary::courseName).orElse(""));
            ResidentSummary r = known.containsKey(e.getResidentId()) ? known.get(e.getResidentId())
                    : residents.find(e.getResidentId()).orElse(null);
            int[] t = tally.getOrDefault(e.getId(), new int[] {0, 0});
            Integer percent = t[1] == 0 ? null : Math.round(100f * t[0] / t[1]);
            rows.add(new TraineeRow(e.getId(), e.getBatchId(), course, e.getResidentId(), r == null ? "—" : r.name(),
                    r == null ? "" : r.caseNumber(), e.getStatus(), e.getLiteracy(), e.getEnrolledOn(), t[0], t[1], percent,
                    percent != null && percent < threshold, e.getAssessmentScore(), e.getAssessmentResult(),
                    e.getCompletedOn(), e.getCertificateNumber(), e.getDropoutReason(), e.getVersion()));
        }
        return rows;
    }
}
