package org.aashray.placements.internal;

import java.util.List;
import java.util.Optional;
import org.aashray.base.ValidationException;
import org.aashray.homes.BedsInUse;
import org.aashray.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The database side of "never two residents in one bed": the bed's row is locked for the rest of the
 * transaction, and the current occupant lives in {@code bed_occupancy}, whose primary key is the bed.
 * Locking reads see the latest committed state, whatever the transaction's snapshot. It also tells the homes
 * feature which beds are taken ({@link BedsInUse}), so an occupied bed is not taken out of service.
 */
@Component
public class BedLocks implements BedsInUse {

    public record LockedBed(long bedId, long homeId, String status) {
    }

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    BedLocks(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** Locks the bed (others wanting it wait here until this transaction ends). */
    Optional<LockedBed> lock(long bedId) {
        List<LockedBed> found = jdbc.query("""
                select b.id, r.home_id, b.status from beds b join rooms r on r.id = b.room_id where b.id = ? for update""",
                (rs, i) -> new LockedBed(rs.getLong(1), rs.getLong(2), rs.getString(3)), bedId);
        return found.stream().findFirst();
    }

    /**
     * Locks a bed that can be given now: in a home the caller works in (and in {@code requiredHome}, if given),
     * in service and free.
     */
    public LockedBed lockFree(long bedId, Long requiredHome) {
        LockedBed bed = lock(bedId).orElseThrow(() -> new ValidationException("bed", "validation.required"));
        currentUser.requireHome(bed.homeId());
        if (requiredHome != null && bed.homeId() != requiredHome) throw new ValidationException("bed", "placements.validation.bedOtherHome");
        if (!"AVAILABLE".equals(bed.status())) throw new ValidationException("bed", "placements.validation.bedOutOfService");
        if (isOccupied(bedId)) throw new ValidationException("bed", "placements.validation.bedTaken");
        return bed;
    }

    @Override
    public boolean isTaken(long bedId) {
        return isOccupied(bedId);
    }

    boolean isOccupied(long bedId) {
        return !jdbc.queryForList("select resident_id from bed_occupancy where bed_id = ? for update", Long.class, bedId).isEmpty();
    }

    public void occupy(long bedId, long placementId, long residentId, long homeId) {
        try {
            jdbc.update("insert into bed_occupancy (bed_id, placement_id, resident_id, home_id) values (?, ?, ?, ?)",
                    bedId, placementId, residentId, homeId);
        } catch (DuplicateKeyException e) {
            // another transaction took the bed (or gave this resident a bed) first
            throw new ValidationException("bed", "placements.validation.bedTaken");
        }
    }

    public void free(long bedId) {
        jdbc.update("delete from bed_occupancy where bed_id = ?", bedId);
    }
}
