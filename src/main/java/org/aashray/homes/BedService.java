package org.aashray.homes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
import org.aashray.base.ValidationException;
import org.aashray.homes.internal.Bed;
import org.aashray.homes.internal.BedRepository;
import org.aashray.homes.internal.HomeRepository;
import org.aashray.homes.internal.Room;
import org.aashray.homes.internal.RoomRepository;
import org.aashray.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Rooms and beds of a home. ADMIN changes them; the home's staff see them. */
@Service
public class BedService {

    private final HomeRepository homes;
    private final RoomRepository rooms;
    private final BedRepository beds;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final List<BedsInUse> inUse;

    BedService(HomeRepository homes, RoomRepository rooms, BedRepository beds, CurrentUser currentUser, AuditLog audit,
               List<BedsInUse> inUse) {
        this.homes = homes;
        this.rooms = rooms;
        this.beds = beds;
        this.currentUser = currentUser;
        this.audit = audit;
        this.inUse = inUse;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RoomSummary> rooms(long homeId) {
        currentUser.requireHomeStructure(homeId);
        return rooms.findByHomeIdOrderByName(homeId).stream().map(r -> new RoomSummary(r.getId(), r.getName())).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<BedSummary> beds(long homeId) {
        currentUser.requireHomeStructure(homeId);
        return beds.findByHome(homeId).stream().map(BedService::summary).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RoomSummary addRoom(long homeId, String name) {
        new InputChecks().text("name", name, 60, true).throwIfAny();
        if (rooms.existsByHomeIdAndName(homeId, name.trim())) {
            throw new ValidationException("name", "homes.validation.roomTaken");
        }
        Room room = rooms.save(new Room(homes.getReferenceById(homeId), name.trim()));
        audit.recordChange("CREATE", "Room", room.getId(), homeId, "Room " + room.getName() + " added", null,
                Map.of("name", room.getName()));
        return new RoomSummary(room.getId(), room.getName());
    }

    /** Adds {@code count} beds labelled with the prefix and the next free numbers, e.g. A1, A2. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public List<BedSummary> addBeds(long roomId, String prefix, int count) {
        if (count < 1 || count > 50) {
            throw new ValidationException("count", "homes.validation.bedCount", 1, 50);
        }
        String safePrefix = prefix == null ? "" : prefix.trim();
        if (safePrefix.length() > 10) {
            throw new ValidationException("prefix", "validation.tooLong", 10);
        }
        Room room = rooms.findById(roomId).orElseThrow();
        List<BedSummary> added = new ArrayList<>();
        int number = 1;
        while (added.size() < count) {
            String label = safePrefix + number++;
            if (!beds.existsByRoomIdAndLabel(roomId, label)) {
                Bed bed = beds.save(new Bed(room, label));
                added.add(new BedSummary(bed.getId(), roomId, room.getName(), label, bed.getStatus(), 0));
            }
        }
        audit.recordChange("CREATE", "Bed", roomId, room.getHome().getId(),
                count + " bed(s) added to room " + room.getName(), null,
                Map.of("labels", added.stream().map(BedSummary::label).toList()));
        HomeService.forgetAccessibleHomes(); // a home's capacity counts its beds
        return added;
    }

    /** Takes a bed out of service or back; a bed someone sleeps in stays in service until she has another. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public BedSummary setStatus(long bedId, long expectedVersion, BedStatus status) {
        Bed bed = beds.findWithHome(bedId).orElseThrow();
        OptimisticLock.requireVersion("Bed " + bed.getLabel(), bed.getVersion(), expectedVersion);
        BedStatus before = bed.getStatus();
        bed.setStatus(status);
        OptimisticLock.write("Bed " + bed.getLabel(), beds::flush);
        // asked after the change holds the bed's row, so an admission to it cannot slip in between
        if (status == BedStatus.OUT_OF_SERVICE && inUse.stream().anyMatch(u -> u.isTaken(bedId))) {
            throw new ValidationException("status", "homes.validation.bedOccupied", bed.getLabel());
        }
        audit.recordChange("UPDATE", "Bed", bedId, bed.getRoom().getHome().getId(), "Bed " + bed.getLabel() + " status",
                Map.of("status", before), Map.of("status", status));
        HomeService.forgetAccessibleHomes();
        return summary(bed);
    }

    private static BedSummary summary(Bed bed) {
        return new BedSummary(bed.getId(), bed.getRoom().getId(), bed.getRoom().getName(), bed.getLabel(),
                bed.getStatus(), bed.getVersion());
    }
}
