package org.aashray.faults;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.aashray.Application;
import org.aashray.alerts.engine.AlertEngine;
import org.aashray.alerts.AlertRule;
import org.aashray.alerts.internal.AlertRuleRegistry;
import org.aashray.alerts.AlertRunRequested;
import org.aashray.base.ValidationException;
import org.aashray.placements.Admission;
import org.aashray.placements.PlacementRecord;
import org.aashray.placements.PlacementService;
import org.aashray.residents.intake.Intake;
import org.aashray.residents.intake.IntakeService;
import org.aashray.residents.ResidentSummary;
import org.aashray.residents.TraffickingForm;
import org.aashray.security.SystemAuthentication;
import org.quartz.Scheduler;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application under test of {@link CrashRecoveryTest}, in a JVM of its own so it can be killed: the whole
 * app (web server, clustered Quartz) plus a console. Every write goes through the real services and is
 * acknowledged on stdout only after its transaction committed ({@code ACK resident caseNumber placement}).
 * Commands on stdin: {@code BURST threads} (intake + bed placement in a loop until killed), {@code RULES} (every
 * alert rule evaluated once, {@code RULES DONE raised=n}), {@code RUNNOW} (every rule's Quartz job triggered).
 * Arguments are passed to Spring (datasource, port, profiles).
 */
public final class CrashNode {

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(args);
        Scheduler scheduler = app.getBean(Scheduler.class);
        System.out.println("NODE READY " + scheduler.getSchedulerInstanceId());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] words = line.trim().split(" ");
            switch (words[0]) {
                case "BURST" -> burst(app, Integer.parseInt(words[1]));
                case "RULES" -> {
                    AlertEngine engine = app.getBean(AlertEngine.class);
                    Clock clock = app.getBean(Clock.class);
                    int raised = 0;
                    for (AlertRule rule : app.getBean(AlertRuleRegistry.class).all()) {
                        raised += SystemAuthentication.call(() -> engine.evaluate(rule, clock.instant())).raised();
                    }
                    System.out.println("RULES DONE raised=" + raised);
                }
                case "RUNNOW" -> {
                    for (AlertRule rule : app.getBean(AlertRuleRegistry.class).all()) {
                        app.publishEvent(new AlertRunRequested(rule.key()));
                    }
                    System.out.println("RUNNOW DONE");
                }
                default -> System.out.println("UNKNOWN " + line);
            }
        }
    }

    private static void burst(ConfigurableApplicationContext app, int threads) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        IntakeService residents = app.getBean(IntakeService.class);
        PlacementService placements = app.getBean(PlacementService.class);
        long home = jdbc.queryForObject("select id from homes where code = 'SUN-T'", Long.class);
        ConcurrentLinkedQueue<Long> freeBeds = new ConcurrentLinkedQueue<>(jdbc.queryForList("""
                select b.id from beds b join rooms r on r.id = b.room_id
                where r.home_id = ? and b.status = 'AVAILABLE'
                  and not exists (select 1 from bed_occupancy o where o.bed_id = b.id) order by b.id""", Long.class, home));
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int writer = t;
            Thread thread = new Thread(() -> {
                for (int i = 0; ; i++) {
                    try {
                        write(app, residents, placements, freeBeds, home, writer, i);
                    } catch (RuntimeException e) {
                        System.out.println("ERR " + e);
                    }
                }
            }, "burst-" + t);
            thread.setDaemon(true);
            writers.add(thread);
        }
        writers.forEach(Thread::start);
        System.out.println("BURST STARTED");
    }

    private static void write(ConfigurableApplicationContext app, IntakeService residents, PlacementService placements,
                              ConcurrentLinkedQueue<Long> freeBeds, long home, int writer, int i) {
        Intake intake = new Intake();
        intake.setHomeId(home);
        intake.setName("Burst " + writer + "-" + i + " Devi");
        intake.setApproximateAge(24);
        intake.setOrigin("IN-WB");
        intake.setTraffickingForm(TraffickingForm.values()[i % TraffickingForm.values().length]);
        ResidentSummary r = SystemAuthentication.call(() -> residents.admit(intake));
        Long bed = freeBeds.poll();
        String placement = "-";
        if (bed != null) {
            try {
                PlacementRecord p = SystemAuthentication.call(() -> placements.admit(new Admission(
                        r.id(), bed, LocalDate.now(app.getBean(Clock.class)), null, null, "Night arrival, police escort")));
                placement = String.valueOf(p.id());
            } catch (ValidationException refused) {
                placement = "refused";
            }
        }
        System.out.println("ACK " + r.id() + " " + r.caseNumber() + " " + placement);
    }
}
