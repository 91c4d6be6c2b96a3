package org.aashray.base.schedule;

/** Someone or something that can be booked: a resident, a staff member (user account id) or a room. */
public record Party(Type type, long id) implements Comparable<Party> {

    public enum Type { RESIDENT, STAFF, ROOM }

    public static Party resident(long id) { return new Party(Type.RESIDENT, id); }
    public static Party staff(long id) { return new Party(Type.STAFF, id); }
    public static Party room(long id) { return new Party(Type.ROOM, id); }

    /** A fixed order, so transactions lock parties in the same sequence and never deadlock each other. */
    @Override
    public int compareTo(Party o) {
        int t = type.compareTo(o.type);
        return t != 0 ? t : Long.compare(id, o.id);
    }
}
