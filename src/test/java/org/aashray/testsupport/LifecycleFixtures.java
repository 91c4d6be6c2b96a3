package org.aashray.testsupport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.aashray.homes.BedService;
import org.aashray.placements.ExitReason;
import org.aashray.placements.ExitRequest;
import org.aashray.placements.PlacementRecord;
import org.aashray.placements.PlacementService;
import org.aashray.placements.admissions.MoveService;
import org.aashray.placements.admissions.Transfer;
import org.aashray.placements.Admission;
import org.aashray.residents.ResidentSummary;
import org.aashray.residents.TraffickingForm;
import org.aashray.residents.intake.Intake;
import org.aashray.residents.intake.IntakeService;
import org.aashray.security.SystemAuthentication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Transfers and exits through placements' own services, so every feature's listener runs inside the transaction it
 * runs in for real (the one that publishes {@code ResidentTransferred} or {@code ResidentExited}).
 */
@Component
public class LifecycleFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final BedService beds;
    private final IntakeService intakes;
    private final MoveService moves;
    private final PlacementService placements;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    LifecycleFixtures(BedService beds, IntakeService intakes, MoveService moves, PlacementService placements, JdbcTemplate jdbc,
                      Clock clock) {
        this.beds = beds;
        this.intakes = intakes;
        this.moves = moves;
        this.placements = placements;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long homeId(String code) {
        return jdbc.queryForObject("select id from homes where code = ?", Long.class, code);
    }

    /** A resident of this age admitted {@code daysAgo} days ago to a new bed of the home, rescued on {@code rescued} (or not known). */
    public ResidentSummary placed(String homeCode, String name, int age, int daysAgo, LocalDate rescued) {
        return SystemAuthentication.call(() -> {
            LocalDate admitted = LocalDate.now(clock).minusDays(daysAgo);
            Intake in = new Intake();
            in.setHomeId(homeId(homeCode));
            in.setName(name);
            in.setApproximateAge(age);
            in.setOrigin("IN-WB");
            in.setTraffickingForm(TraffickingForm.SEXUAL_EXPLOITATION);
            in.setAdmittedOn(admitted);
            in.setRescueDate(rescued);
            ResidentSummary r = intakes.admit(in);
            placements.admit(new Admission(r.id(), newBed(homeCode), admitted, "CWC/LC/" + r.id(), admitted, null));
            return r;
        });
    }

    private long newBed(String homeCode) {
        int n = SEQ.incrementAndGet() + (int) (System.nanoTime() % 1000) * 100;
        var room = beds.addRoom(homeId(homeCode), "Lifecycle test room " + n);
        return beds.addBeds(room.id(), "LC" + n + "-", 1).getFirst().id();
    }

    /** Transfers her today to a new bed of the home with this code. */
    public PlacementRecord transfer(long residentId, String toHomeCode) {
        return SystemAuthentication.call(() -> {
            long bed = newBed(toHomeCode);
            PlacementRecord p = placements.current(residentId).orElseThrow();
            return moves.move(new Transfer(residentId, p.id(), p.version(), bed, LocalDate.now(clock),
                    "Long-term rehabilitation ordered", "CWC/LC/T" + residentId, LocalDate.now(clock)));
        });
    }

    /** She leaves care today (a reason no exit guard stops). */
    public void exit(long residentId) {
        SystemAuthentication.run(() -> {
            PlacementRecord p = placements.current(residentId).orElseThrow();
            placements.exit(ExitRequest.of(residentId, p.id(), p.version(), LocalDate.now(clock), ExitReason.OTHER,
                    "Sister's home, Kolkata", null, "Moved in with her sister"));
        });
    }
}
