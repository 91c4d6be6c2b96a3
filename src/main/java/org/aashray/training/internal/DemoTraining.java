package org.aashray.training.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentFilter;
import org.aashray.residents.ResidentStatus;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.SystemAuthentication;
import org.aashray.training.courses.Batch;
import org.aashray.training.courses.BatchService;
import org.aashray.training.courses.BatchSummary;
import org.aashray.training.courses.CourseService;
import org.aashray.training.courses.FeePayer;
import org.aashray.training.courses.SessionSummary;
import org.aashray.training.enrolment.AssessmentResult;
import org.aashray.training.enrolment.AttendanceService;
import org.aashray.training.enrolment.EnrolmentService;
import org.aashray.training.enrolment.EnrolmentStatus;
import org.aashray.training.enrolment.LiteracyLevel;
import org.aashray.training.enrolment.TraineeRow;
import org.aashray.training.outcomes.LivelihoodService;
import org.aashray.training.outcomes.Outcome;
import org.aashray.training.outcomes.OutcomeKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Seeds training in the demo long-term home SUN-L (where the demo trainer works): a scheme-funded baking batch
 * that ended months ago with certificates and outcomes (one check overdue), a tailoring batch running now with a
 * waitlist and a trainee below the attendance threshold, and an online course starting soon. Once only.
 */
@Component
@Profile("demo")
@Order(30)
class DemoTraining implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTraining.class);

    private final BatchService batches;
    private final EnrolmentService enrolments;
    private final AttendanceService attendance;
    private final LivelihoodService outcomes;
    private final CourseService courses;
    private final ResidentDirectory directory;
    private final HomeService homes;
    private final Clock clock;

    DemoTraining(BatchService batches, EnrolmentService enrolments, AttendanceService attendance, LivelihoodService outcomes,
                 CourseService courses, ResidentDirectory directory, HomeService homes, Clock clock) {
        this.batches = batches;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.outcomes = outcomes;
        this.courses = courses;
        this.directory = directory;
        this.homes = homes;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.run(this::seedOnce);
    }

    void seedOnce() {
        HomeSummary home = homes.accessibleHomes().stream().filter(h -> h.code().equals("SUN-L")).findFirst().orElse(null);
        if (home == null || !batches.batches(home.id(), PageRequest.of(0, 1)).isEmpty()) return;
        List<ResidentSummary> women = directory.search(new ResidentFilter(null, null, home.id(), ResidentStatus.IN_RESIDENCE,
                null, null, null), PageRequest.of(0, 40, Sort.by("admittedOn"))).stream()
                .filter(r -> !r.name().contains("Parallel")).toList();
        if (women.size() < 10) return;
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> course = new HashMap<>();
        courses.activeCourses().forEach(c -> course.put(c.getName(), c.getId()));

        // ended about six and a half months ago: 3- and 6-month checks have fallen due
        LocalDate bakingStart = today.minusMonths(8).with(DayOfWeek.MONDAY);
        BatchSummary baking = batch(home.id(), course.get("Baking"), "Annapurna Bakery Training Centre (demo partner)",
                "Home kitchen, Ujala Long-term Home", bakingStart, bakingStart.plusWeeks(6).plusDays(4),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), LocalTime.of(10, 0), LocalTime.of(13, 0), 6,
                new BigDecimal("6500"), FeePayer.SCHEME_REIMBURSEMENT);
        List<ResidentSummary> bakers = women.subList(0, 4);
        bakers.forEach(r -> enrolments.enrol(baking.id(), r.id(), LiteracyLevel.NONE));
        markAll(baking.id(), today, bakers.get(3).id());
        enrolments.trainees(baking.id()).forEach(t -> enrolments.recordAssessment(t.enrolmentId(), t.version(),
                60 + (int) (t.residentId() % 30), AssessmentResult.PASS));
        enrolments.complete(baking.id(), batches.summary(baking.id()).version());
        List<TraineeRow> certified = enrolments.trainees(baking.id()).stream()
                .filter(t -> t.status() == EnrolmentStatus.COMPLETED).toList();
        LocalDate threeMonths = baking.endDate().plusMonths(3);
        if (certified.size() >= 2) {
            Outcome job = new Outcome();
            job.setKind(OutcomeKind.JOB);
            job.setCheckMonth(3);
            job.setRecordedOn(threeMonths);
            job.setEmployer("Sundarpur Sweets and Bakes (demo)");
            job.setJobRole("Assistant baker");
            job.setMonthlyWage(new BigDecimal("9500"));
            job.setBankAccount(true);
            job.setSchemeLinkage("PM Jan Dhan account");
            outcomes.record(certified.get(0).enrolmentId(), job);
            Outcome own = new Outcome();
            own.setKind(OutcomeKind.SELF_EMPLOYMENT);
            own.setCheckMonth(3);
            own.setRecordedOn(threeMonths.plusDays(5));
            own.setEnterpriseType("Home bakery, cakes to order");
            own.setSeedMoney(new BigDecimal("15000"));
            own.setBankAccount(true);
            own.setSchemeLinkage("DAY-NRLM self-help group");
            outcomes.record(certified.get(1).enrolmentId(), own);
        }

        // running now, full, with one waiting and one trainee often absent
        LocalDate tailoringStart = today.minusWeeks(3).with(DayOfWeek.MONDAY);
        BatchSummary tailoring = batch(home.id(), course.get("Tailoring"), "Tara Trainer (demo)", "Sewing room, Ujala Long-term Home",
                tailoringStart, tailoringStart.plusWeeks(12).minusDays(3), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.FRIDAY), LocalTime.of(10, 0), LocalTime.of(13, 0), 6, new BigDecimal("4000"), FeePayer.CSR_PARTNER);
        List<ResidentSummary> tailors = women.subList(4, Math.min(11, women.size()));
        tailors.forEach(r -> enrolments.enrol(tailoring.id(), r.id(), LiteracyLevel.BASIC));
        markAll(tailoring.id(), today, tailors.get(1).id());

        LocalDate computerStart = today.plusWeeks(2).with(DayOfWeek.SATURDAY);
        BatchSummary computers = batch(home.id(), course.get("Computer basics"), "Digital Didi online programme (demo)",
                "Online, computer room", computerStart, computerStart.plusWeeks(8), EnumSet.of(DayOfWeek.SATURDAY),
                LocalTime.of(14, 0), LocalTime.of(16, 0), 10, BigDecimal.ZERO, FeePayer.HOME);
        bakers.subList(0, 2).forEach(r -> enrolments.enrol(computers.id(), r.id(), LiteracyLevel.PRIMARY));
        log.info("Demo training seeded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private BatchSummary batch(long homeId, long courseId, String provider, String venue, LocalDate start, LocalDate end,
                               Set<DayOfWeek> days, LocalTime from, LocalTime to, int capacity, BigDecimal fee, FeePayer payer) {
        Batch b = new Batch();
        b.setHomeId(homeId);
        b.setCourseId(courseId);
        b.setProvider(provider);
        b.setVenue(venue);
        b.setStartDate(start);
        b.setEndDate(end);
        b.setDays(days);
        b.setStartTime(from);
        b.setEndTime(to);
        b.setCapacity(capacity);
        b.setFee(fee);
        b.setFeePayer(payer);
        return batches.save(b);
    }

    /** Everyone present at every past session, except {@code oftenAbsent}, who comes to every other one. */
    private void markAll(long batchId, LocalDate today, long oftenAbsent) {
        List<TraineeRow> seated = enrolments.trainees(batchId).stream().filter(t -> t.status() == EnrolmentStatus.ENROLLED).toList();
        int n = 0;
        for (SessionSummary s : batches.sessions(batchId)) {
            if (s.date().isAfter(today)) break;
            Map<Long, Boolean> presence = new HashMap<>();
            for (TraineeRow t : seated) {
                presence.put(t.enrolmentId(), t.residentId() != oftenAbsent || n % 2 == 0);
            }
            attendance.mark(s.id(), presence);
            n++;
        }
    }
}
