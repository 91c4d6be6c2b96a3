package org.aashray.base.schedule;

import org.aashray.base.i18n.DateFormats;

/** One conflict: who (by name) is already taken, by what, when. */
public record Clash(Party party, String partyName, BusyInterval busy) {

    /** Translation key of the message; its arguments are {@link #args()}. */
    public String messageKey() {
        return busy.clashKey() + "." + party.type().name().toLowerCase(java.util.Locale.ROOT);
    }

    public Object[] args() {
        return new Object[] {partyName, DateFormats.span(busy.start(), busy.end())};
    }
}
