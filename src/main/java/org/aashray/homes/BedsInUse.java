package org.aashray.homes;

/**
 * Extension point: the feature that gives beds to people (placements) says whether a bed is taken. A taken bed is
 * not taken out of service: a home's capacity is its in-service beds, and every occupied bed must be one of them,
 * or a home would show more people than beds. Implement it as a Spring bean; it is asked inside the status
 * change's transaction, once the change holds the bed's row, so it must read the latest state (a locking read).
 */
public interface BedsInUse {

    boolean isTaken(long bedId);
}
