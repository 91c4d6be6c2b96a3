package org.aashray.residents.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.homes.HomeLabel;
import org.aashray.homes.HomeService;
import org.aashray.residents.ResidentStatus;
import org.aashray.residents.ResidentSummary;
import org.aashray.residents.casework.DocumentRepository;
import org.aashray.residents.casework.ResidentDocument;
import org.aashray.residents.internal.Resident;
import org.aashray.residents.internal.ResidentAccess;
import org.aashray.residents.internal.ResidentRepository;
import org.aashray.residents.matching.EarlierStayFinder;
import org.aashray.residents.matching.EarlierStayFinder.Found;
import org.aashray.residents.matching.EarlierStayFinder.Wanted;
import org.aashray.residents.matching.EarlierStayMatch;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A survivor who comes back gets a new stay linked to her earlier one, never a silent merge. While intake is
 * filled in, earlier stays in every home of the state that may be her are offered with only where and when she
 * stayed; reception asks that home's care manager to confirm ({@code matching.ReturnConfirmations}), and the link
 * is made by the confirmation. Her profile then shows the earlier stays to those who may see them.
 */
@Service
public class ReturningSurvivors {

    private final ResidentRepository residents;
    private final DocumentRepository documents;
    private final EarlierStayFinder finder;
    private final HomeService homes;
    private final ResidentAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ReturningSurvivors(ResidentRepository residents, DocumentRepository documents, EarlierStayFinder finder,
                       HomeService homes, ResidentAccess access, AuditLog audit, Clock clock) {
        this.residents = residents;
        this.documents = documents;
        this.finder = finder;
        this.homes = homes;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Earlier stays, in any home, that may be the woman at intake (the form so far). */
    @PreAuthorize(ResidentAccess.INTAKE)
    @Transactional(readOnly = true)
    public List<EarlierStayMatch> possibleMatches(MatchQuery q) {
        LocalDate today = LocalDate.now(clock);
        String key = ResidentDocument.key(q.documentNumber());
        List<Long> sameDocument = key == null ? List.of() : documents.residentsWithNumber(key);
        LocalDate estimatedBirth = q.birthDate() != null ? q.birthDate()
                : q.approximateAge() == null ? null : today.minusYears(q.approximateAge());
        return offered(finder.find(new Wanted(q.name(), q.alias(), q.gender(), q.origin(), estimatedBirth, sameDocument,
                null, null)), "possible earlier stay at intake");
    }

    /** Earlier stays, in any home, that may be this resident's (her profile after intake); herself left out. */
    @PreAuthorize(ResidentAccess.INTAKE)
    @Transactional(readOnly = true)
    public List<EarlierStayMatch> possibleMatchesFor(long residentId) {
        Resident r = residents.findById(residentId).orElseThrow();
        access.require(r);
        return offered(finder.findFor(r), "possible earlier stay of " + r.getCaseNumber());
    }

    private List<EarlierStayMatch> offered(List<Found> found, String purpose) {
        Map<Long, HomeLabel> labels = homes.labels(found.stream().map(Found::homeId).distinct().toList());
        List<EarlierStayMatch> out = new ArrayList<>();
        Map<Object, Long> read = new LinkedHashMap<>();
        for (Found f : found) {
            HomeLabel home = labels.get(f.homeId());
            Integer toYear = f.status() == ResidentStatus.IN_RESIDENCE || f.statusChangedOn() == null ? null
                    : f.statusChangedOn().getYear();
            out.add(new EarlierStayMatch(f.caseNumber(), home.name(), home.districtName(), f.admittedOn().getYear(), toYear));
            read.put(f.residentId(), f.homeId());
        }
        // reception saw that these records exist, even without a name: each is a read of it
        audit.recordAccesses("Resident", read, purpose);
        return out;
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
