package org.aashray.base.schedule;

import java.time.LocalDateTime;

/**
 * A time a party is taken. {@code source} identifies the booking (e.g. {@code counselling:42}) so a booking
 * being edited does not clash with itself. {@code clashKey} is the providing feature's translation-key prefix
 * for the refusal: the message is {@code clashKey + "." + party type} (e.g. {@code counselling.clash.resident})
 * with {0} = the party's name and {1} = the busy time, so each feature words its own clashes
 * ("{0} already has a counselling session on {1}").
 */
public record BusyInterval(Party party, LocalDateTime start, LocalDateTime end, String source, String clashKey) {

    public boolean overlaps(LocalDateTime from, LocalDateTime to) {
        return start.isBefore(to) && end.isAfter(from);
    }
}
