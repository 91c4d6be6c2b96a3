package org.aashray.placements.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aashray.homes.HomeService;
import org.aashray.placements.Admission;
import org.aashray.placements.EntryKind;
import org.aashray.placements.ExitReason;
import org.aashray.placements.ExitRequest;
import org.aashray.placements.PlacementRecord;
import org.aashray.placements.PlacementService;
import org.aashray.placements.TransferRequest;
import org.aashray.placements.absences.AbsenceKind;
import org.aashray.placements.absences.AbsenceService;
import org.aashray.placements.admissions.AdmissionService;
import org.aashray.placements.admissions.MoveService;
import org.aashray.placements.admissions.Transfer;
import org.aashray.placements.board.BedBoard;
import org.aashray.placements.board.BedBoardService;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the demo residents beds, once: the transit home keeps three beds free and its newest arrivals waiting,
 * one resident was transferred from the transit to the long-term home, another waits for Nadipur Community Home to
 * accept her transfer request, one is overdue back from hospital, one
 * went home to her family and one absconded last night (an open emergency). Uses the same services as the board.
 */
@Component
@Profile("demo")
@Order(30)
class DemoPlacements implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPlacements.class);

    private final PlacementService placements;
    private final AdmissionService admissions;
    private final MoveService moves;
    private final AbsenceService absences;
    private final BedBoardService boards;
    private final PlacementRepository repository;
    private final ResidentDirectory residents;
    private final HomeService homes;
    private final Clock clock;

    DemoPlacements(PlacementService placements, AdmissionService admissions, MoveService moves, AbsenceService absences,
                   BedBoardService boards, PlacementRepository repository, ResidentDirectory residents, HomeService homes,
                   Clock clock) {
        this.placements = placements;
        this.admissions = admissions;
        this.moves = moves;
        this.absences = absences;
        this.boards = boards;
        this.repository = repository;
        this.residents = residents;
        this.homes = homes;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.run(this::seedOnce);
    }

    void seedOnce() {
        Map<String, Long> ids = new HashMap<>();
        homes.accessibleHomes().forEach(h -> ids.put(h.code(), h.id()));
        if (!ids.containsKey("SUN-T") || repository.count() > 0 || residents.livingIn(ids.get("SUN-T")).isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        // transit: oldest arrivals first, three beds left free, the newest arrivals wait at reception
        List<ResidentSummary> transit = residents.livingIn(ids.get("SUN-T"));
        int transitBeds = boards.freeBeds(ids.get("SUN-T")).size();
        List<ResidentSummary> toPlace = transit.stream().filter(r -> r.motherId() == null).limit(Math.max(0, transitBeds - 3)).toList();
        toPlace.forEach(r -> place(r, ids.get("SUN-T")));
        for (String code : List.of("SUN-L", "SUN-S", "SUN-C", "NAD-T", "NAD-L")) {
            if (!ids.containsKey(code)) continue;
            List<ResidentSummary> living = residents.livingIn(ids.get(code));
            int free = boards.freeBeds(ids.get(code)).size();
            living.stream().filter(r -> r.motherId() == null).limit(Math.max(0, free - 2)).forEach(r -> place(r, ids.get(code)));
            living.stream().filter(r -> r.motherId() != null).forEach(r -> {
                try {
                    admissions.placeWithMother(r.id(), r.admittedOn());
                } catch (RuntimeException e) {
                    log.debug("Demo child {} not placed: {}", r.caseNumber(), e.getMessage());
                }
            });
        }
        if (toPlace.size() >= 3) {
            // the oldest transit resident moved on to the long-term home five days ago
            ResidentSummary moved = toPlace.getFirst();
            PlacementRecord current = placements.current(moved.id()).orElseThrow();
            long bed = boards.freeBeds(ids.get("SUN-L")).getFirst().bedId();
            LocalDate on = today.minusDays(5).isBefore(moved.admittedOn()) ? moved.admittedOn() : today.minusDays(5);
            moves.move(new Transfer(moved.id(), current.id(), current.version(), bed, on, "Family not yet safe; long-term rehabilitation ordered",
                    "DEMO/CWC/T-" + moved.id(), on));
            ResidentSummary hospital = toPlace.get(1);
            absences.startAbsence(hospital.id(), AbsenceKind.HOSPITAL, today.minusDays(4), today.minusDays(1),
                    "District hospital, ward 3");
            if (ids.containsKey("NAD-C")) {
                // waiting for Nadipur Community Home (another district) to accept: she keeps her bed in the transit home
                ResidentSummary asked = toPlace.get(2);
                placements.requestTransfer(new TransferRequest(asked.id(), ids.get("NAD-C"),
                        "Wants to live near her sister in Nadipur; community-based care recommended by the CWC",
                        "DEMO/CWC/TR-" + asked.id(), today.minusDays(1)));
            }
        }
        List<PlacementRecord> longTerm = repository.openInHome(ids.get("SUN-L")).stream()
                .filter(p -> p.getEntryKind() == EntryKind.ADMISSION).map(p -> p.toRecord(true)).toList();
        if (longTerm.size() >= 3) {
            PlacementRecord home = longTerm.get(0);
            LocalDate exitOn = today.minusDays(20).isBefore(home.startDate()) ? home.startDate() : today.minusDays(20);
            placements.exit(ExitRequest.of(home.residentId(), home.id(), home.version(), exitOn, ExitReason.RESTORED_TO_FAMILY,
                    "Mother's home, Sundarpur village (verified)", "DEMO/CWC/REL-" + home.residentId(), null));
            PlacementRecord ran = longTerm.get(1);
            LocalDateTime missed = LocalDateTime.now(clock).minusHours(9);
            placements.exit(new ExitRequest(ran.residentId(), ran.id(), ran.version(), missed.toLocalDate().isBefore(ran.startDate())
                    ? ran.startDate() : missed.toLocalDate(), ExitReason.ABSCONDED, null, null,
                    "Not at the evening roll call", missed, true, true, "SI Demo Officer, Sundarpur Demo PS, 21:40; CWC member on call, 22:05"));
        }
        log.info("Demo placements seeded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void place(ResidentSummary r, long homeId) {
        List<BedBoard.Bed> free = boards.freeBeds(homeId);
        if (free.isEmpty()) return;
        try {
            placements.admit(new Admission(r.id(), free.getFirst().bedId(), r.admittedOn(), "DEMO/ORD/" + r.id(), r.admittedOn(),
                    null));
        } catch (org.aashray.base.ValidationException e) {
            log.debug("Demo resident {} not placed: {}", r.caseNumber(), e.getMessage());
        }
    }
}
