package org.aashray.residents.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.OptimisticLock;
import org.aashray.base.ValidationException;
import org.aashray.residents.ResidentSummary;
import org.aashray.residents.casework.DocumentRepository;
import org.aashray.residents.casework.ResidentDocument;
import org.aashray.residents.internal.Resident;
import org.aashray.residents.internal.ResidentAccess;
import org.aashray.residents.internal.ResidentQueries;
import org.aashray.residents.internal.ResidentRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A survivor who comes back gets a new stay linked to her earlier one, never a silent merge: possible matches
 * while intake is filled in, the link made later, and the earlier stays her profile shows.
 */
@Service
public class ReturningSurvivors {

    private final ResidentRepository residents;
    private final ResidentQueries queries;
    private final DocumentRepository documents;
    private final ResidentAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ReturningSurvivors(ResidentRepository residents, ResidentQueries queries, DocumentRepository documents,
                       ResidentAccess access, AuditLog audit, Clock clock) {
        this.residents = residents;
        this.queries = queries;
        this.documents = documents;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Earlier residents in the caller's homes who may be the same person. */
    @PreAuthorize(ResidentAccess.INTAKE)
    @Transactional(readOnly = true)
    public List<PossibleMatch> possibleMatches(MatchQuery q) {
        LocalDate today = LocalDate.now(clock);
        String key = ResidentDocument.key(q.documentNumber());
        List<Long> sameDocument = key == null ? List.of() : documents.residentsWithNumber(key);
        LocalDate estimatedBirth = q.birthDate() != null ? q.birthDate()
                : q.approximateAge() == null ? null : today.minusYears(q.approximateAge());
        return queries.matches(access.homes(), q.name(), q.alias(), q.origin(), sameDocument, estimatedBirth).stream()
                .map(r -> new PossibleMatch(r, sameDocument.contains(r.id()))).toList();
    }

    /** Links a resident to an earlier stay of the same person after intake: a possible re-trafficking case. */
    @PreAuthorize(ResidentAccess.INTAKE)
    @Transactional
    public void linkEarlierStay(long residentId, long earlierStayId, long version) {
        Resident r = residents.findById(residentId).orElseThrow();
        Resident earlier = residents.findById(earlierStayId).orElseThrow();
        access.require(r);
        access.require(earlier);
        OptimisticLock.requireVersion("Resident " + r.getCaseNumber(), r.getVersion(), version);
        if (earlierStayId == residentId || !earlier.getAdmittedOn().isBefore(r.getAdmittedOn().plusDays(1))) {
            throw new ValidationException("earlierStayId", "residents.validation.notEarlier");
        }
        r.setEarlierStayId(earlierStayId);
        r.setPossibleRetrafficking(true);
        audit.recordChange("LINK", "Resident", residentId, r.getHomeId(), r.getCaseNumber() + " linked to earlier stay "
                + earlier.getCaseNumber(), Map.of(), Map.of("earlierStayId", earlierStayId));
    }

    /**
     * The earlier stays of a returning survivor, newest first. Care managers and counsellors see them even
     * when they were in another home; others see none.
     */
    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public List<ResidentSummary> earlierStays(long residentId) {
        Resident r = residents.findById(residentId).orElseThrow();
        access.require(r);
        List<ResidentSummary> result = new ArrayList<>();
        if (!access.maySeeEarlierStays()) return result;
        Long next = r.getEarlierStayId();
        while (next != null && result.size() < 20) {
            Resident earlier = residents.findById(next).orElseThrow();
            result.add(earlier.summary());
            audit.recordAccess("Resident", earlier.getId(), earlier.getHomeId(), "earlier stay of " + r.getCaseNumber());
            next = earlier.getEarlierStayId();
        }
        return result;
    }
}
