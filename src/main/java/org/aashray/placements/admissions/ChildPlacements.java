package org.aashray.placements.admissions;

import java.time.Clock;
import java.time.LocalDate;
import org.aashray.placements.EntryKind;
import org.aashray.placements.internal.Placement;
import org.aashray.placements.internal.PlacementChecks;
import org.aashray.placements.internal.PlacementRepository;
import org.aashray.placements.staylimits.StayLimits;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * A child's stay on a cot in her mother's room: no bed of its own, her mother's home and order, and an expected
 * end at her mother's or at the home type's age limit for children, whichever comes first.
 */
@Component
class ChildPlacements {

    private final PlacementRepository placements;
    private final CurrentUser currentUser;
    private final Clock clock;

    ChildPlacements(PlacementRepository placements, CurrentUser currentUser, Clock clock) {
        this.placements = placements;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    Placement placeWith(Placement mother, ResidentSummary child, StayLimits limit, LocalDate start, LocalDate homeSince,
                        EntryKind kind, Long previousId) {
        Placement p = new Placement(child.id(), mother.getHomeId(), mother.getHomeType(), null, start, homeSince,
                start, PlacementChecks.childExpectedEnd(child, limit, mother.getExpectedEnd()), kind, previousId,
                clock.instant(), currentUser.username());
        p.setMotherPlacementId(mother.getId());
        p.basis(mother.getOrderNumber(), mother.getOrderDate(), "Accompanying her mother");
        return placements.saveAndFlush(p);
    }
}
