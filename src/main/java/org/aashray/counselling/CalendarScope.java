package org.aashray.counselling;

/** Whose sessions a calendar shows: one counsellor's, one resident's, or a whole home's. */
public record CalendarScope(Kind kind, long id) {

    public enum Kind { COUNSELLOR, RESIDENT, HOME }

    public static CalendarScope counsellor(long userId) { return new CalendarScope(Kind.COUNSELLOR, userId); }
    public static CalendarScope resident(long residentId) { return new CalendarScope(Kind.RESIDENT, residentId); }
    public static CalendarScope home(long homeId) { return new CalendarScope(Kind.HOME, homeId); }
}
