package org.aashray.placements.internal;

/** Who may do what with placements, as {@code @PreAuthorize} expressions. */
public final class PlacementRoles {

    /** Admit, move, send away for a while, record an exit. */
    public static final String PLACE = "hasAnyRole('RECEPTION','CARE_MANAGER','SYSTEM')";
    /** See the board and the placement history. */
    public static final String STAFF = "hasAnyRole('RECEPTION','COUNSELLOR','MEDICAL','TRAINER','CARE_MANAGER','SYSTEM')";

    private PlacementRoles() {
    }
}
