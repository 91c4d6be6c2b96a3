package org.aashray.homes;

/** A bed with its room, for boards and forms. */
public record BedSummary(long id, long roomId, String roomName, String label, BedStatus status, long version) {
}
