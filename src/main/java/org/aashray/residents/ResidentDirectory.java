package org.aashray.residents;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.aashray.audit.AuditLog;
import org.aashray.residents.casework.DocumentRepository;
import org.aashray.residents.casework.DocumentStatus;
import org.aashray.residents.casework.ResidentDocument;
import org.aashray.residents.internal.Resident;
import org.aashray.residents.internal.ResidentAccess;
import org.aashray.residents.internal.ResidentQueries;
import org.aashray.residents.internal.ResidentRepository;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The residents feature's facade for every other feature (placements, counselling, medical, training,
 * reintegration, care plans): find a resident with the caller's access checked, list the residents of a home,
 * the documents she holds, and the changes her placement makes to her record (status, home).
 */
@Service
public class ResidentDirectory {

    private final ResidentRepository residents;
    private final ResidentQueries queries;
    private final DocumentRepository documents;
    private final ResidentAccess access;
    private final AuditLog audit;
    private final EntityManager em;
    private final Clock clock;

    ResidentDirectory(ResidentRepository residents, ResidentQueries queries, DocumentRepository documents,
                      ResidentAccess access, AuditLog audit, EntityManager em, Clock clock) {
        this.residents = residents;
        this.queries = queries;
        this.documents = documents;
        this.access = access;
        this.em = em;
        this.audit = audit;
        this.clock = clock;
    }

    /** The resident if she exists and the caller works in her home; empty otherwise (no hint which). */
    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public Optional<ResidentSummary> find(long residentId) {
        return residents.findById(residentId).filter(r -> access.mayAccess(r.getHomeId())).map(Resident::summary);
    }

    /** The resident; refused alike when she does not exist or the caller does not work in her home. */
    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public ResidentSummary require(long residentId) {
        Resident r = residents.findById(residentId).orElseThrow(() -> new AccessDeniedException("No resident " + residentId));
        access.require(r);
        return r.summary();
    }

    /** Case numbers of the given residents the caller may access (one query), e.g. for alert descriptions. */
    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public Map<Long, String> caseNumbers(Collection<Long> residentIds) {
        if (residentIds.isEmpty()) return Map.of();
        Map<Long, String> out = new HashMap<>();
        residents.findAllById(Set.copyOf(residentIds)).stream().filter(r -> access.mayAccess(r.getHomeId()))
                .forEach(r -> out.put(r.getId(), r.getCaseNumber()));
        return out;
    }

    /**
     * Of the given residents, those still in care (not exited or absconded) whom the caller may access, with the home
     * each lives in now: what an alert rule keeps of its items and where it addresses them, so a resident who has left
     * raises nothing and one who was transferred is alerted to her new home (one query).
     */
    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public Map<Long, Long> currentHomes(Collection<Long> residentIds) {
        if (residentIds.isEmpty()) return Map.of();
        return residents.findAllById(Set.copyOf(residentIds)).stream()
                .filter(r -> r.getStatus() == ResidentStatus.IN_RESIDENCE && access.mayAccess(r.getHomeId()))
                .collect(Collectors.toUnmodifiableMap(Resident::getId, Resident::getHomeId));
    }

    /** Residents of the caller's homes matching the filter, a page at a time, sorted in the database. */
    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public List<ResidentSummary> search(ResidentFilter filter, Pageable pageable) {
        if (filter.homeId() != null) access.require(filter.homeId());
        return queries.search(access.homes(), filter, LocalDate.now(clock), pageable);
    }

    /** Records that a resident left (or came back). */
    @PreAuthorize("hasAnyRole('RECEPTION','CARE_MANAGER','SYSTEM')")
    @Transactional
    public ResidentSummary markStatus(long residentId, ResidentStatus status, LocalDate on) {
        Resident r = residents.findById(residentId).orElseThrow();
        access.require(r);
        ResidentStatus before = r.getStatus();
        if (before != status) {
            r.setStatus(status);
            r.setStatusChangedOn(on == null ? LocalDate.now(clock) : on);
            residents.flush();
            audit.recordChange("STATUS", "Resident", residentId, r.getHomeId(), r.getCaseNumber() + ": " + before + " → " + status,
                    Map.of("status", before), Map.of("status", status));
        }
        return r.summary();
    }

    /** The kinds of document and entitlement she holds (not applied for, not missing), e.g. for the readiness check. */
    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public List<DocumentType> heldDocuments(long residentId) {
        access.require(residents.findById(residentId).orElseThrow(() -> new AccessDeniedException("No resident " + residentId)));
        return documents.findByResidentIdOrderByType(residentId).stream().filter(d -> d.getStatus() == DocumentStatus.HELD)
                .map(ResidentDocument::getType).toList();
    }

    /** Residents of the home who are living there now (not exited or absconded), oldest admission first. */
    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public List<ResidentSummary> livingIn(long homeId) {
        access.require(homeId);
        return em.createQuery("select r from Resident r where r.homeId = :home and r.status = :status order by r.admittedOn, r.id",
                        Resident.class)
                .setParameter("home", homeId).setParameter("status", ResidentStatus.IN_RESIDENCE)
                .getResultList().stream().map(Resident::summary).toList();
    }

    /**
     * Moves the resident's record to the home she is transferred to, so the receiving home's staff see her from
     * the transfer on. The caller must work in both homes; joins the caller's transaction (the placement
     * transfer), so both change together or not at all.
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
        return r.summary();
    }
}
