package org.aashray.placements.board;

import java.time.LocalDate;
import java.util.List;
import org.aashray.homes.HomeType;
import org.aashray.placements.OccupancyFigures;
import org.aashray.placements.absences.AbsenceKind;

/**
 * What the bed board shows for one home on one day. Names are already reduced to initials for roles that may not
 * see them. {@code figures} are the home's occupancy as every other screen and report counts it
 * ({@link org.aashray.placements.OccupancyService}): capacity is its beds in service.
 */
public record BedBoard(long homeId, HomeType homeType, LocalDate today, OccupancyFigures figures, List<Bed> beds,
                       List<Waiting> waiting, List<Emergency> emergencies, List<Away> absences, List<Child> children) {

    public enum State { FREE, OCCUPIED, OUT_OF_SERVICE }

    public record Bed(long bedId, long roomId, String roomName, String label, State state, Long residentId,
                      String caseNumber, String who, Long placementId, long placementVersion, LocalDate since,
                      LocalDate expectedEnd, boolean overLimit, boolean away) {
    }

    /** A resident of the home without a bed yet (just arrived, or back after an exit was undone). */
    public record Waiting(long residentId, String caseNumber, String who, LocalDate admittedOn, boolean accompanyingChild) {
    }

    public record Emergency(long placementId, long residentId, String caseNumber, String who, java.time.Instant abscondedAt,
                            boolean informedPolice, boolean informedCwc, String informedDetails, long version) {
    }

    public record Away(long absenceId, long residentId, String who, AbsenceKind kind, LocalDate leftOn,
                       LocalDate expectedReturn, boolean overdue, long version) {
    }

    public record Child(long residentId, String who, long motherResidentId, LocalDate since) {
    }

    /** Beds shown on the board but not counted in the home's capacity. */
    public long outOfService() {
        return beds.stream().filter(b -> b.state() == State.OUT_OF_SERVICE).count();
    }
}
