package org.aashray.training;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;
import org.aashray.training.courses.TrainingSettings;
import org.aashray.training.courses.TrainingSettingsRepository;
import org.aashray.training.enrolment.EnrolmentService;
import org.aashray.training.internal.TrainingAccess;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Aggregates for the dashboard, counted in the database per batch and summed by course and home. */
@Service
public class TrainingDashboardService {

    private final NamedParameterJdbcTemplate jdbc;
    private final HomeService homes;
    private final TrainingSettingsRepository settings;
    private final CurrentUser currentUser;
    private final Clock clock;

    TrainingDashboardService(NamedParameterJdbcTemplate jdbc, HomeService homes, TrainingSettingsRepository settings,
                             CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.homes = homes;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(TrainingAccess.DASHBOARD)
    @Transactional(readOnly = true)
    public TrainingDashboard dashboard() {
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> homeNames = homes.accessibleHomes().stream()
                .collect(Collectors.toMap(HomeSummary::id, HomeSummary::name));
        List<Integer> months = settings.findById(TrainingSettings.ID).orElseThrow().checkMonths();
        boolean suppress = currentUser.has(Role.DISTRICT_OFFICIAL) && !currentUser.has(Role.CARE_MANAGER);
        TrainingFigures total = new TrainingFigures("");
        if (homeNames.isEmpty()) return new TrainingDashboard(total, List.of(), List.of(), months, suppress);
        Map<Long, TrainingFigures> perBatch = new HashMap<>();
        Map<Long, String[]> keys = new HashMap<>();
        perBatch(homeNames.keySet(), months, today, perBatch, keys, homeNames);
        Map<String, TrainingFigures> byCourse = new TreeMap<>();
        Map<String, TrainingFigures> byHome = new TreeMap<>();
        perBatch.forEach((id, f) -> {
            byCourse.computeIfAbsent(keys.get(id)[0], TrainingFigures::new).add(f);
            byHome.computeIfAbsent(keys.get(id)[1], TrainingFigures::new).add(f);
            total.add(f);
        });
        return new TrainingDashboard(total, Collections.unmodifiableList(new ArrayList<>(byCourse.values())),
                Collections.unmodifiableList(new ArrayList<>(byHome.values())), months, suppress);
    }

    /** Figures per batch of the homes (keys: course name, home name, home id), one query plus one per check month. */
    private void perBatch(Collection<Long> homeIds, List<Integer> months, LocalDate today, Map<Long, TrainingFigures> perBatch,
                          Map<Long, String[]> keys, Map<Long, String> homeNames) {
        MapSqlParameterSource p = new MapSqlParameterSource("homes", homeIds).addValue("today", Date.valueOf(today))
                .addValue("batchEnded", EnrolmentService.BATCH_ENDED);
        jdbc.query("""
                select b.id, b.home_id, c.name, b.status, b.start_date, b.end_date, b.capacity,
                  sum(case when e.status = 'ENROLLED' then 1 else 0 end) enrolled,
                  sum(case when e.status = 'COMPLETED' then 1 else 0 end) completed,
                  sum(case when e.status in ('COMPLETED', 'NOT_COMPLETED') or (e.status = 'DROPPED' and e.dropout_reason <> :batchEnded) then 1 else 0 end) finished
                from training_batches b join training_courses c on c.id = b.course_id
                left join training_enrolments e on e.batch_id = b.id
                where b.home_id in (:homes) group by b.id, b.home_id, c.name, b.status, b.start_date, b.end_date, b.capacity""",
                p, rs -> {
                    TrainingFigures f = new TrainingFigures("");
                    boolean open = "OPEN".equals(rs.getString("status"));
                    LocalDate start = rs.getDate("start_date").toLocalDate();
                    LocalDate end = rs.getDate("end_date").toLocalDate();
                    if (open && !today.isBefore(start) && !today.isAfter(end)) {
                        f.runningBatches = 1;
                        f.runningCapacity = rs.getInt("capacity");
                        f.runningSeated = rs.getInt("enrolled");
                    }
                    if (!open) {
                        f.completed = rs.getInt("completed");
                        f.finished = rs.getInt("finished");
                    }
                    perBatch.put(rs.getLong("id"), f);
                    keys.put(rs.getLong("id"), new String[] {rs.getString("name"), homeNames.get(rs.getLong("home_id")),
                            Long.toString(rs.getLong("home_id"))});
                });
        for (int m : months) {
            jdbc.query("""
                    select e.batch_id, count(*) due,
                      sum(case when exists (select 1 from training_outcomes o where o.enrolment_id = e.id and o.check_month = :m
                          and o.kind in ('JOB', 'SELF_EMPLOYMENT')) then 1 else 0 end) placed
                    from training_enrolments e where e.status = 'COMPLETED' and e.home_id in (:homes) and e.completed_on <= :cutoff
                    group by e.batch_id""", new MapSqlParameterSource(p.getValues()).addValue("m", m)
                    .addValue("cutoff", Date.valueOf(today.minusMonths(m))), rs -> {
                TrainingFigures f = perBatch.get(rs.getLong("batch_id"));
                if (f != null) f.placement.put(m, new int[] {rs.getInt("due"), rs.getInt("placed")});
            });
        }
    }

    /**
     * The same figures for each of the given homes (all batches, as on the dashboard), keyed by home id: for the
     * district reports. Counts only; every home must be one the caller may see.
     */
    @PreAuthorize(TrainingAccess.COUNTS)
    @Transactional(readOnly = true)
    public Map<Long, TrainingFigures> byHome(Collection<Long> homeIds) {
        Map<Long, String> homeNames = homes.accessibleHomes().stream()
                .collect(Collectors.toMap(HomeSummary::id, HomeSummary::name));
        if (!homeNames.keySet().containsAll(homeIds)) throw new AccessDeniedException("No access to homes " + homeIds);
        Map<Long, TrainingFigures> result = new HashMap<>();
        homeIds.forEach(id -> result.put(id, new TrainingFigures(homeNames.get(id))));
        if (homeIds.isEmpty()) return result;
        Map<Long, TrainingFigures> perBatch = new HashMap<>();
        Map<Long, String[]> keys = new HashMap<>();
        perBatch(homeIds, checkMonths(), LocalDate.now(clock), perBatch, keys, homeNames);
        perBatch.forEach((id, f) -> result.get(Long.parseLong(keys.get(id)[2])).add(f));
        return result;
    }

    /** The months after completion at which outcomes are checked (placement rates are given for each). */
    @PreAuthorize(TrainingAccess.COUNTS)
    @Transactional(readOnly = true)
    public List<Integer> checkMonths() {
        return settings.findById(TrainingSettings.ID).orElseThrow().checkMonths();
    }
}
