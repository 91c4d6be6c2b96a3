package org.aashray.residents;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the placements feature needs from residents: the residents living in a home, and moving a resident's
 * record to the home she is transferred to (so the receiving home's staff see her from the transfer on).
 * Status changes on exit go through {@link ResidentDirectory#markStatus}.
 */
@Service
public class ResidentPlacementSync {

    private final ResidentRepository residents;
    private final ResidentAccess access;
    private final EntityManager em;
    private final AuditLog audit;

    ResidentPlacementSync(ResidentRepository residents, ResidentAccess access, EntityManager em, AuditLog audit) {
        this.residents = residents;
        this.access = access;
        this.em = em;
        this.audit = audit;
    }

    /** Residents of the home who are living there now (not exited or absconded), oldest admission first. */
    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public List<ResidentSummary> livingIn(long homeId) {
        access.require(homeId);
        return em.createQuery("select r from Resident r where r.homeId = :home and r.status = :status order by r.admittedOn, r.id",
                        Resident.class)
                .setParameter("home", homeId).setParameter("status", ResidentStatus.IN_RESIDENCE)
                .getResultList().stream().map(ResidentSummary::of).toList();
    }

    /**
     * Moves the resident's record to another home. The caller must work in both homes; joins the caller's
     * transaction (the placement transfer), so both change together or not at all.
     */
    @PreAuthorize(ResidentAccess.INTAKE)
    @Transactional
    public ResidentSummary moveToHome(long residentId, long homeId) {
        Resident r = residents.findById(residentId).orElseThrow();
        access.require(r);
        access.require(homeId);
        long from = r.getHomeId();
        if (from != homeId) {
            // home_id is not updatable through the entity (intake fixes it); a transfer is the one way to change it
            em.flush();
            em.createNativeQuery("update residents set home_id = ?1, version = version + 1 where id = ?2")
                    .setParameter(1, homeId).setParameter(2, residentId).executeUpdate();
            em.refresh(r);
            audit.recordChange("TRANSFER", "Resident", residentId, homeId, r.getCaseNumber() + " moved to home " + homeId,
                    Map.of("homeId", from), Map.of("homeId", homeId));
        }
        return ResidentSummary.of(r);
    }
}
