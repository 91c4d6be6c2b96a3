package org.aashray.training;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.aashray.residents.intake.Intake;
import org.aashray.residents.intake.IntakeService;
import org.aashray.residents.TraffickingForm;
import org.aashray.security.SystemAuthentication;
import org.aashray.training.courses.Batch;
import org.aashray.training.courses.BatchService;
import org.aashray.training.courses.BatchSummary;
import org.aashray.training.courses.FeePayer;
import org.springframework.jdbc.core.JdbcTemplate;

/** Residents and batches of the tests' own making, so tests never depend on each other or on the demo batches. */
public class TrainingTestData {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final IntakeService residents;
    private final BatchService batches;
    private final JdbcTemplate jdbc;

    public TrainingTestData(IntakeService residents, BatchService batches, JdbcTemplate jdbc) {
        this.residents = residents;
        this.batches = batches;
        this.jdbc = jdbc;
    }

    public long homeId(String code) {
        return jdbc.queryForObject("select id from homes where code = ?", Long.class, code);
    }

    long courseId(String name) {
        return jdbc.queryForObject("select id from training_courses where name = ?", Long.class, name);
    }

    /** A new resident of the home, admitted today, of the given age. */
    public long resident(String home, String name, int age) {
        return SystemAuthentication.call(() -> {
            Intake in = new Intake();
            in.setHomeId(homeId(home));
            in.setName(name + " " + SEQ.incrementAndGet());
            in.setApproximateAge(age);
            in.setOrigin("IN-WB");
            in.setTraffickingForm(TraffickingForm.LABOUR);
            return residents.admit(in).id();
        });
    }

    Batch draft(String home, String course, LocalDate start, LocalDate end, Set<DayOfWeek> days, LocalTime from, LocalTime to,
                int capacity) {
        Batch b = new Batch();
        b.setHomeId(homeId(home));
        b.setCourseId(courseId(course));
        b.setProvider("Test Institute");
        b.setVenue("Test room");
        b.setStartDate(start);
        b.setEndDate(end);
        b.setDays(days);
        b.setStartTime(from);
        b.setEndTime(to);
        b.setCapacity(capacity);
        b.setFee(new BigDecimal("5000"));
        b.setFeePayer(FeePayer.SCHEME_REIMBURSEMENT);
        return b;
    }

    /** A batch in SUN-L, saved as the system. */
    public BatchSummary batch(String course, LocalDate start, LocalDate end, Set<DayOfWeek> days, LocalTime from, LocalTime to, int capacity) {
        return SystemAuthentication.call(() -> batches.save(draft("SUN-L", course, start, end, days, from, to, capacity)));
    }

    /** A batch in SUN-L at an hour of Sunday no other test uses, so residents never clash across tests. */
    public BatchSummary sundayBatch(String course, LocalDate start, LocalDate end, int capacity, int hour) {
        return batch(course, start, end, EnumSet.of(DayOfWeek.SUNDAY), LocalTime.of(hour, 0), LocalTime.of(hour, 30), capacity);
    }

    static Map<String, Object> args(Object... kv) {
        java.util.Map<String, Object> m = new java.util.HashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
