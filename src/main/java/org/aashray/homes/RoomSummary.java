package org.aashray.homes;

/** A room of a home. */
public record RoomSummary(long id, String name) {
}
