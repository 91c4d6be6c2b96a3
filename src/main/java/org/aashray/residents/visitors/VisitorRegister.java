package org.aashray.residents.visitors;

import static org.aashray.residents.internal.ResidentChecks.clean;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.residents.casework.NoContact;
import org.aashray.residents.casework.NoContactRepository;
import org.aashray.residents.internal.Resident;
import org.aashray.residents.internal.ResidentAccess;
import org.aashray.residents.internal.ResidentChecks;
import org.aashray.residents.internal.ResidentRepository;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The visitor register at reception, checked against each resident's no-contact list. */
@Service
public class VisitorRegister {

    /** A registered visit and the no-contact entries it matched (empty when none). */
    public record Registered(Visit visit, List<NoContact> warnings) {
    }

    /** How many days back a visit may be entered from the paper register. */
    static final int VISIT_DAYS_BACK = 30;

    private final VisitRepository visits;
    private final ResidentRepository residents;
    private final NoContactRepository noContacts;
    private final ResidentAccess access;
    private final AuditLog audit;
    private final Clock clock;

    VisitorRegister(VisitRepository visits, ResidentRepository residents, NoContactRepository noContacts,
                    ResidentAccess access, AuditLog audit, Clock clock) {
        this.visits = visits;
        this.residents = residents;
        this.noContacts = noContacts;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The no-contact entries of the resident that this visitor matches, to warn before registering. */
    @PreAuthorize(ResidentAccess.INTAKE)
    @Transactional(readOnly = true)
    public List<NoContact> check(long residentId, String visitorName, String visitorPhone) {
        access.require(residents.findById(residentId).orElseThrow());
        return noContacts.findByResidentIdOrderById(residentId).stream()
                .filter(n -> n.matches(visitorName, visitorPhone)).toList();
    }

    @PreAuthorize(ResidentAccess.INTAKE)
    @Transactional
    public Registered register(Visit given) {
        InputChecks checks = new InputChecks()
                .require(given.getResidentId() != 0, "residentId", "validation.required")
                .text("visitorName", given.getVisitorName(), 120, true)
                .text("relation", given.getRelation(), 60, true)
                .maxLength("idSeen", given.getIdSeen(), 120);
        ResidentChecks.phone(checks, "visitorPhone", given.getVisitorPhone());
        checks.required("purpose", given.getPurpose());
        if (given.getPurpose() == VisitPurpose.POLICE) {
            checks.text("officerName", given.getOfficerName(), 120, true)
                    .text("policeStation", given.getPoliceStation(), 120, true);
        }
        Instant now = clock.instant();
        if (given.getTimeIn() != null && given.getTimeIn().isAfter(now.plusSeconds(600))) {
            checks.add("timeIn", "residents.validation.future");
        } else if (given.getTimeIn() != null && given.getTimeIn().isBefore(now.minus(VISIT_DAYS_BACK, ChronoUnit.DAYS))) {
            // a visit is registered at the gate, or entered late from the paper register: not a year-0 slip
            LocalDate today = LocalDate.ofInstant(now, clock.getZone());
            checks.add("timeIn", "validation.dateRange", today.minusDays(VISIT_DAYS_BACK), today);
        }
        checks.throwIfAny();
        Resident r = residents.findById(given.getResidentId()).orElseThrow();
        access.require(r);
        List<NoContact> warnings = noContacts.findByResidentIdOrderById(r.getId()).stream()
                .filter(n -> n.matches(given.getVisitorName(), given.getVisitorPhone())).toList();
        Visit v = new Visit();
        v.setHomeId(r.getHomeId());
        v.setResidentId(r.getId());
        v.setVisitorName(clean(given.getVisitorName()));
        v.setVisitorPhone(clean(given.getVisitorPhone()));
        v.setRelation(clean(given.getRelation()));
        v.setIdSeen(clean(given.getIdSeen()));
        v.setPurpose(given.getPurpose());
        v.setOfficerName(given.getPurpose() == VisitPurpose.POLICE ? clean(given.getOfficerName()) : null);
        v.setPoliceStation(given.getPurpose() == VisitPurpose.POLICE ? clean(given.getPoliceStation()) : null);
        v.setTimeIn(given.getTimeIn() == null ? now : given.getTimeIn());
        v.setNoContactMatch(!warnings.isEmpty());
        v.setRecordedBy(access.username());
        visits.save(v);
        audit.recordChange(warnings.isEmpty() ? "VISIT" : "NO_CONTACT_WARNING", "Visit", v.getId(), r.getHomeId(),
                "Visit (" + v.getPurpose() + ") for " + r.getCaseNumber()
                        + (warnings.isEmpty() ? "" : ": matches the no-contact list"),
                null, Map.of("visitor", v.getVisitorName(), "purpose", v.getPurpose(), "noContactMatch", v.isNoContactMatch()));
        return new Registered(v, warnings);
    }

    @PreAuthorize(ResidentAccess.INTAKE)
    @Transactional
    public Visit signOut(long visitId) {
        Visit v = visits.findById(visitId).orElseThrow();
        access.require(v.getHomeId());
        if (v.getTimeOut() == null) {
            v.setTimeOut(clock.instant());
            audit.recordChange("VISIT_OUT", "Visit", visitId, v.getHomeId(), "Visit " + visitId + " ended",
                    Map.of(), Map.of("timeOut", v.getTimeOut()));
        }
        return v;
    }

    /** Visits to the caller's homes (or one of them) on the given day, newest first. */
    @PreAuthorize(ResidentAccess.INTAKE)
    @Transactional(readOnly = true)
    public List<VisitSummary> visitsOn(Long homeId, LocalDate day, Pageable pageable) {
        Set<Long> homes = homeId != null ? Set.of(homeId) : access.homes();
        if (homeId != null) access.require(homeId);
        if (homes == null) throw new IllegalArgumentException("The application itself must name the home");
        if (homes.isEmpty()) return List.of();
        ZoneId zone = clock.getZone();
        return visits.inHomes(homes, day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant(),
                pageable);
    }

    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public List<Visit> visitsOf(long residentId, Pageable pageable) {
        access.require(residents.findById(residentId).orElseThrow());
        return visits.findByResidentIdOrderByTimeInDesc(residentId, pageable);
    }
}
