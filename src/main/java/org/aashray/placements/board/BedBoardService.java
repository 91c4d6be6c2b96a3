package org.aashray.placements.board;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aashray.homes.BedService;
import org.aashray.homes.BedStatus;
import org.aashray.homes.BedSummary;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.placements.OccupancyService;
import org.aashray.placements.absences.Absence;
import org.aashray.placements.absences.AbsenceRepository;
import org.aashray.placements.internal.Placement;
import org.aashray.placements.internal.PlacementRepository;
import org.aashray.placements.internal.PlacementRoles;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bed board of one home: a handful of queries per home, never one per bed. */
@Service
public class BedBoardService {

    private final PlacementRepository placements;
    private final AbsenceRepository absences;
    private final BedService beds;
    private final HomeService homes;
    private final ResidentDirectory directory;
    private final OccupancyService occupancy;
    private final CurrentUser currentUser;
    private final Clock clock;

    BedBoardService(PlacementRepository placements, AbsenceRepository absences, BedService beds, HomeService homes,
                    ResidentDirectory directory, OccupancyService occupancy, CurrentUser currentUser, Clock clock) {
        this.placements = placements;
        this.absences = absences;
        this.beds = beds;
        this.homes = homes;
        this.directory = directory;
        this.occupancy = occupancy;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(PlacementRoles.STAFF)
    @Transactional(readOnly = true)
    public BedBoard board(long homeId) {
        currentUser.requireHome(homeId);
        LocalDate today = LocalDate.now(clock);
        HomeSummary home = homes.summary(homeId);
        Map<Long, ResidentSummary> living = directory.livingIn(homeId).stream()
                .collect(Collectors.toMap(ResidentSummary::id, Function.identity()));
        List<Placement> open = placements.openInHome(homeId);
        Map<Long, Placement> byBed = new HashMap<>();
        Map<Long, Placement> byResident = new HashMap<>();
        open.forEach(p -> {
            if (p.getBedId() != null) byBed.put(p.getBedId(), p);
            byResident.put(p.getResidentId(), p);
        });
        List<Absence> away = absences.openInHome(homeId);
        Map<Long, Absence> awayByPlacement = away.stream().collect(Collectors.toMap(Absence::getPlacementId, a -> a, (a, b) -> a));
        List<BedBoard.Bed> board = new ArrayList<>();
        for (BedSummary b : beds.beds(homeId)) {
            Placement p = byBed.get(b.id());
            if (p != null) {
                ResidentSummary r = living.get(p.getResidentId());
                board.add(new BedBoard.Bed(b.id(), b.roomId(), b.roomName(), b.label(), BedBoard.State.OCCUPIED,
                        p.getResidentId(), r == null ? null : r.caseNumber(), who(r), p.getId(), p.getVersion(),
                        p.getStartDate(), p.getExpectedEnd(), p.getExpectedEnd().isBefore(today),
                        awayByPlacement.containsKey(p.getId())));
            } else {
                board.add(new BedBoard.Bed(b.id(), b.roomId(), b.roomName(), b.label(),
                        b.status() == BedStatus.AVAILABLE ? BedBoard.State.FREE : BedBoard.State.OUT_OF_SERVICE,
                        null, null, null, null, 0, null, null, false, false));
            }
        }
        List<BedBoard.Waiting> waiting = living.values().stream().filter(r -> !byResident.containsKey(r.id()))
                .sorted(Comparator.comparing(ResidentSummary::admittedOn).thenComparing(ResidentSummary::id))
                .map(r -> new BedBoard.Waiting(r.id(), r.caseNumber(), who(r), r.admittedOn(),
                        r.motherId() != null && r.minor())).toList();
        List<BedBoard.Child> children = open.stream().filter(p -> p.getMotherPlacementId() != null)
                .map(p -> {
                    ResidentSummary c = living.get(p.getResidentId());
                    return new BedBoard.Child(p.getResidentId(), who(c), c == null || c.motherId() == null ? 0 : c.motherId(),
                            p.getStartDate());
                }).toList();
        List<BedBoard.Away> aways = away.stream().map(a -> new BedBoard.Away(a.getId(), a.getResidentId(),
                who(living.get(a.getResidentId())), a.getKind(), a.getLeftOn(), a.getExpectedReturn(),
                a.getExpectedReturn().isBefore(today), a.getVersion())).toList();
        List<BedBoard.Emergency> emergencies = placements.openAbscondings(List.of(homeId)).stream().map(p -> {
            Optional<ResidentSummary> r = directory.find(p.getResidentId());
            return new BedBoard.Emergency(p.getId(), p.getResidentId(), r.map(ResidentSummary::caseNumber).orElse("?"),
                    who(r.orElse(null)), p.getAbscondedAt(), p.isInformedPolice(), p.isInformedCwc(), p.getInformedDetails(),
                    p.getVersion());
        }).toList();
        return new BedBoard(homeId, home.type(), today, occupancy.occupancy(List.of(homeId), today), board, waiting,
                emergencies, aways, children);
    }

    /** Open absconding emergencies in the caller's homes, for the dashboard. */
    @PreAuthorize(PlacementRoles.STAFF)
    @Transactional(readOnly = true)
    public long openEmergencies(long homeId) {
        currentUser.requireHome(homeId);
        return placements.openAbscondings(List.of(homeId)).size();
    }

    /** Free beds of a home the caller works in, for the move and transfer dialogs. */
    @PreAuthorize(PlacementRoles.STAFF)
    @Transactional(readOnly = true)
    public List<BedBoard.Bed> freeBeds(long homeId) {
        currentUser.requireHome(homeId);
        Set<Long> taken = placements.openInHome(homeId).stream().map(Placement::getBedId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        return beds.beds(homeId).stream().filter(b -> b.status() == BedStatus.AVAILABLE && !taken.contains(b.id()))
                .map(b -> new BedBoard.Bed(b.id(), b.roomId(), b.roomName(), b.label(), BedBoard.State.FREE, null, null,
                        null, null, 0, null, null, false, false)).toList();
    }

    /** Full name for staff who work with her by name; initials and case number for the others. */
    private String who(ResidentSummary r) {
        if (r == null) return "?";
        boolean names = currentUser.has(Role.RECEPTION) || currentUser.has(Role.CARE_MANAGER)
                || currentUser.has(Role.COUNSELLOR) || currentUser.has(Role.MEDICAL) || currentUser.seesAllHomes();
        if (names) return r.name();
        String initials = Arrays.stream(r.name().trim().split("\\s+")).filter(s -> !s.isEmpty())
                .map(s -> s.substring(0, 1) + ".").collect(Collectors.joining(""));
        return initials + " " + r.caseNumber();
    }
}
