package org.aashray.homes;

/** A bed with its room, for boards and forms. */
public record BedSummary(long id, long roomId, String roomName, String label, BedStatus status, long version) {

    static BedSummary of(Bed bed) {
        return new BedSummary(bed.getId(), bed.getRoom().getId(), bed.getRoom().getName(), bed.getLabel(),
                bed.getStatus(), bed.getVersion());
    }
}
