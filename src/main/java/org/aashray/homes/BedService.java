package org.aashray.homes;

import org.springframework.security.access.prepost.PreAuthorize;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.security.CurrentUser;
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

    BedService(HomeRepository homes, RoomRepository rooms, BedRepository beds, CurrentUser currentUser, AuditLog audit) {
        this.homes = homes;
        this.rooms = rooms;
        this.beds = beds;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RoomSummary> rooms(long homeId) {
        currentUser.requireHome(homeId);
        return rooms.findByHomeIdOrderByName(homeId).stream().map(r -> new RoomSummary(r.getId(), r.getName())).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<BedSummary> beds(long homeId) {
        currentUser.requireHome(homeId);
        return beds.findByHome(homeId).stream().map(BedSummary::of).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RoomSummary addRoom(long homeId, String name) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        HomeRules.required(errors, "name", name, 60);
        if (errors.isEmpty() && rooms.existsByHomeIdAndName(homeId, name.trim())) {
            errors.add(new ValidationException.FieldError("name", "homes.validation.roomTaken"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
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

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public BedSummary setStatus(long bedId, long expectedVersion, BedStatus status) {
        Bed bed = beds.findWithHome(bedId).orElseThrow();
        if (bed.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("Bed " + bed.getLabel(), null);
        }
        BedStatus before = bed.getStatus();
        bed.setStatus(status);
        beds.flush();
        audit.recordChange("UPDATE", "Bed", bedId, bed.getRoom().getHome().getId(), "Bed " + bed.getLabel() + " status",
                Map.of("status", before), Map.of("status", status));
        HomeService.forgetAccessibleHomes();
        return BedSummary.of(bed);
    }
}
