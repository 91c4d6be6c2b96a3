package org.aashray.residents.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
import org.aashray.base.TextInput;
import org.aashray.base.ValidationException;
import org.aashray.homes.HomeLabel;
import org.aashray.homes.HomeService;
import org.aashray.residents.internal.Resident;
import org.aashray.residents.internal.ResidentAccess;
import org.aashray.residents.internal.ResidentRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reception asks an earlier home whether a new arrival stayed there before; that home's care manager confirms or
 * declines. Confirming links the new stay to the earlier one (never a merge) and marks a possible re-trafficking,
 * which alerts both homes' care managers until each home has reviewed her safety. Nobody needs an account in
 * the other home: the request carries what each side needs, and no more.
 */
@Service
public class ReturnConfirmations {

    private static final String CARE_MANAGER = "hasAnyRole('CARE_MANAGER','SYSTEM')";

    private final ReturnRequestRepository requests;
    private final ResidentRepository residents;
    private final EarlierStayFinder finder;
    private final HomeService homes;
    private final ResidentAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReturnConfirmations(ReturnRequestRepository requests, ResidentRepository residents, EarlierStayFinder finder,
                        HomeService homes, ResidentAccess access, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.residents = residents;
        this.finder = finder;
        this.homes = homes;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Asks the home of an earlier stay offered for this resident whether she is the same person. Only a stay the
     * match offered may be asked about, so a case number typed by hand reaches nobody. Asking twice is one request.
     */
    @PreAuthorize(ResidentAccess.INTAKE)
    @Transactional
    public void ask(long residentId, String earlierCaseNumber) {
        Resident r = residents.findById(residentId).orElseThrow(() -> new AccessDeniedException("No resident " + residentId));
        access.require(r);
        long earlierId = finder.findFor(r).stream().filter(e -> e.caseNumber().equals(earlierCaseNumber)).findFirst()
                .orElseThrow(() -> new ValidationException("earlierCaseNumber", "residents.validation.notOffered")).residentId();
        Resident earlier = residents.findById(earlierId).orElseThrow();
        if (requests.findByResidentIdAndEarlierStayId(r.getId(), earlier.getId()).isPresent()) return;
        ReturnRequest q = requests.save(new ReturnRequest(r.getId(), earlier.getId(), LocalDate.now(clock), access.username()));
        audit.recordChange("ASK", "ReturnRequest", q.getId(), r.getHomeId(), r.getCaseNumber()
                + ": earlier home asked to confirm stay " + earlier.getCaseNumber(), null, Map.of("earlierStayId", earlier.getId()));
        events.publishEvent(new ReturnEvents.ReturnAsked(q.getId()));
    }

    /** What has been asked about this resident, for her profile. */
    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public List<ReturnRequestLine> asked(long residentId) {
        Resident r = residents.findById(residentId).orElseThrow(() -> new AccessDeniedException("No resident " + residentId));
        access.require(r);
        List<ReturnRequest> mine = requests.findByResidentIdOrderByIdDesc(residentId);
        if (mine.isEmpty()) return List.of();
        Map<Long, Resident> earlier = new HashMap<>();
        residents.findAllById(mine.stream().map(ReturnRequest::getEarlierStayId).toList()).forEach(e -> earlier.put(e.getId(), e));
        Map<Long, HomeLabel> labels = homes.labels(earlier.values().stream().map(Resident::getHomeId).distinct().toList());
        return mine.stream().map(q -> {
            Resident e = earlier.get(q.getEarlierStayId());
            HomeLabel home = labels.get(e.getHomeId());
            return new ReturnRequestLine(e.getCaseNumber(), home.name(), home.districtName(), q.getStatus(), q.getAskedOn(),
                    q.getDecidedOn(), q.getDeclineReason());
        }).toList();
    }

    /** Requests waiting for the caller's homes, as stays of theirs. Each shown new arrival is an audited read. */
    @PreAuthorize(CARE_MANAGER)
    @Transactional(readOnly = true)
    public List<ReturnToConfirm> toConfirm() {
        List<Object[]> mine = requests.pending().stream().filter(row -> access.mayAccess((Long) row[2])).toList();
        if (mine.isEmpty()) return List.of();
        Map<Long, Resident> byId = new HashMap<>();
        Set<Long> ids = new HashSet<>();
        mine.forEach(row -> {
            ids.add(((ReturnRequest) row[0]).getResidentId());
            ids.add(((ReturnRequest) row[0]).getEarlierStayId());
        });
        residents.findAllById(ids).forEach(r -> byId.put(r.getId(), r));
        Map<Long, HomeLabel> labels = homes.labels(mine.stream().map(row -> (Long) row[1]).distinct().toList());
        LocalDate today = LocalDate.now(clock);
        List<ReturnToConfirm> out = new ArrayList<>();
        for (Object[] row : mine) {
            ReturnRequest q = (ReturnRequest) row[0];
            Resident n = byId.get(q.getResidentId());
            Resident e = byId.get(q.getEarlierStayId());
            HomeLabel asking = labels.get(n.getHomeId());
            out.add(new ReturnToConfirm(q.getId(), q.getVersion(), e.getCaseNumber(), e.getName(), n.getCaseNumber(), n.getName(),
                    n.age(today), n.getOrigin(), asking.name(), asking.districtName(), q.getAskedOn()));
            audit.recordAccess("Resident", n.getId(), n.getHomeId(), "asked to confirm as earlier stay " + e.getCaseNumber());
        }
        return out;
    }

    /** The earlier home's care manager confirms: the stays are linked and both homes alerted. */
    @PreAuthorize(CARE_MANAGER)
    @Transactional
    public void confirm(long requestId, long version) {
        ReturnRequest q = openRequest(requestId, version);
        Resident n = residents.findById(q.getResidentId()).orElseThrow();
        Resident e = residents.findById(q.getEarlierStayId()).orElseThrow();
        q.decide(ReturnStatus.CONFIRMED, LocalDate.now(clock), access.username(), null);
        Map<String, Object> before = Map.of("possibleRetrafficking", n.isPossibleRetrafficking());
        if (n.getEarlierStayId() == null) n.setEarlierStayId(e.getId());
        n.setPossibleRetrafficking(true);
        requests.flush();
        audit.recordChange("LINK", "Resident", n.getId(), n.getHomeId(), n.getCaseNumber() + " confirmed by the earlier home as"
                + " returning from stay " + e.getCaseNumber(), before, Map.of("earlierStayId", e.getId(), "possibleRetrafficking", true));
        audit.recordChange("CONFIRM", "ReturnRequest", q.getId(), e.getHomeId(), "Stay " + e.getCaseNumber() + " confirmed as "
                + n.getCaseNumber(), Map.of("status", ReturnStatus.PENDING), Map.of("status", ReturnStatus.CONFIRMED));
        events.publishEvent(new ReturnEvents.ReturnDecided(q.getId(), ReturnStatus.CONFIRMED));
    }

    /** The earlier home's care manager declines, with a reason the asking home sees; nothing is linked. */
    @PreAuthorize(CARE_MANAGER)
    @Transactional
    public void decline(long requestId, long version, String reason) {
        String why = TextInput.clean(reason);
        new InputChecks().text("reason", why, 300, true).throwIfAny();
        ReturnRequest q = openRequest(requestId, version);
        Resident e = residents.findById(q.getEarlierStayId()).orElseThrow();
        q.decide(ReturnStatus.DECLINED, LocalDate.now(clock), access.username(), why);
        requests.flush();
        audit.recordChange("DECLINE", "ReturnRequest", q.getId(), e.getHomeId(), "Stay " + e.getCaseNumber()
                + " declined: " + why, Map.of("status", ReturnStatus.PENDING), Map.of("status", ReturnStatus.DECLINED));
        events.publishEvent(new ReturnEvents.ReturnDecided(q.getId(), ReturnStatus.DECLINED));
    }

    /** Confirmed returns whose stay in one of the caller's homes has not been reviewed yet. */
    @PreAuthorize(CARE_MANAGER)
    @Transactional(readOnly = true)
    public List<ReturnToReview> toReview() {
        List<ReturnToReview> out = new ArrayList<>();
        List<Object[]> rows = requests.unreviewed();
        Set<Long> homeIds = new HashSet<>();
        rows.forEach(row -> {
            homeIds.add((Long) row[1]);
            homeIds.add((Long) row[2]);
        });
        Map<Long, HomeLabel> labels = homes.labels(homeIds);
        for (Object[] row : rows) {
            ReturnRequest q = (ReturnRequest) row[0];
            long newHome = (Long) row[1];
            long earlierHome = (Long) row[2];
            if (q.getReviewedByNewHome() == null && access.mayAccess(newHome)) {
                HomeLabel other = labels.get(earlierHome);
                out.add(new ReturnToReview(q.getId(), q.getResidentId(), (String) row[3], other.name(), other.districtName(),
                        q.getDecidedOn()));
            }
            if (q.getReviewedByEarlierHome() == null && access.mayAccess(earlierHome)) {
                HomeLabel other = labels.get(newHome);
                out.add(new ReturnToReview(q.getId(), q.getEarlierStayId(), (String) row[4], other.name(), other.districtName(),
                        q.getDecidedOn()));
            }
        }
        return out;
    }

    /** The caller's home (each of the link's homes she works in) has reviewed her safety: its alert goes. */
    @PreAuthorize(CARE_MANAGER)
    @Transactional
    public void markReviewed(long requestId) {
        ReturnRequest q = requests.findById(requestId).orElseThrow(() -> new AccessDeniedException("No request " + requestId));
        Resident n = residents.findById(q.getResidentId()).orElseThrow();
        Resident e = residents.findById(q.getEarlierStayId()).orElseThrow();
        boolean atNew = access.mayAccess(n.getHomeId());
        boolean atEarlier = access.mayAccess(e.getHomeId());
        if (!atNew && !atEarlier || q.getStatus() != ReturnStatus.CONFIRMED) {
            throw new AccessDeniedException("No confirmed return " + requestId + " for your homes");
        }
        LocalDate today = LocalDate.now(clock);
        if (atNew && q.getReviewedByNewHome() == null) {
            q.setReviewedByNewHome(today);
            audit.recordChange("REVIEW", "ReturnRequest", q.getId(), n.getHomeId(), n.getCaseNumber()
                    + ": return reviewed by her home", null, Map.of("reviewedByNewHome", today));
        }
        if (atEarlier && q.getReviewedByEarlierHome() == null) {
            q.setReviewedByEarlierHome(today);
            audit.recordChange("REVIEW", "ReturnRequest", q.getId(), e.getHomeId(), e.getCaseNumber()
                    + ": return reviewed by the earlier home", null, Map.of("reviewedByEarlierHome", today));
        }
        requests.flush();
        events.publishEvent(new ReturnEvents.ReturnReviewed(q.getId()));
    }

    /** A pending request of one of the caller's homes, at the version she saw. */
    private ReturnRequest openRequest(long requestId, long version) {
        ReturnRequest q = requests.findById(requestId).orElseThrow(() -> new AccessDeniedException("No request " + requestId));
        Resident e = residents.findById(q.getEarlierStayId()).orElseThrow();
        access.require(e);
        OptimisticLock.requireVersion("Return request " + requestId, q.getVersion(), version);
        if (q.getStatus() != ReturnStatus.PENDING) {
            throw new ValidationException("status", "residents.returns.alreadyDecided");
        }
        return q;
    }
}
