package org.aashray.placements.internal;

/** Who may do what with placements, as {@code @PreAuthorize} expressions. */
public final class PlacementRoles {

    /** Admit, move, send away for a while, record an exit. */
    public static final String PLACE = "hasAnyRole('RECEPTION','CARE_MANAGER','SYSTEM')";
    /** See the board and the placement history. */
    public static final String STAFF = "hasAnyRole('RECEPTION','COUNSELLOR','MEDICAL','TRAINER','CARE_MANAGER','SYSTEM')";
    /** Ask another home to take a resident in, or withdraw the request: the sending home's care manager. */
    public static final String REQUEST_TRANSFER = "hasAnyRole('CARE_MANAGER','SYSTEM')";
    /** See transfer requests, and accept or decline those made to one's home: its care manager or reception. */
    public static final String ANSWER_TRANSFER = "hasAnyRole('RECEPTION','CARE_MANAGER','SYSTEM')";

    private PlacementRoles() {
    }
}
