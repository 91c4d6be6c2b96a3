package org.aashray.placements;

import java.time.LocalDate;

/** A resident moved to another home; the receiving home is responsible for her from {@code on}. */
public record ResidentTransferred(long residentId, long fromHomeId, long toHomeId, LocalDate on, String reason) {
}
