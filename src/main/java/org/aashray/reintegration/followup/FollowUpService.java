package org.aashray.reintegration.followup;

import static org.aashray.reintegration.internal.ReintegrationAccess.clean;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
import org.aashray.base.ValidationException;
import org.aashray.reintegration.FollowUpConcernRaised;
import org.aashray.reintegration.internal.ReintegrationAccess;
import org.aashray.reintegration.internal.ReintegrationSettingsService;
import org.aashray.reintegration.nocontact.NoContactGate;
import org.aashray.reintegration.nocontact.NoContactStep;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.HomeStaffDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up after exit (the schedule itself is written by {@link FollowUpSchedule}): who is responsible for her in
 * the source area, each follow-up recorded, attempted or closed, and what was done about a concern it raised.
 */
@Service
public class FollowUpService {

    private final ExitRepository exits;
    private final FollowUpRepository followUps;
    private final ReintegrationSettingsService settings;
    private final ReintegrationAccess access;
    private final NoContactGate noContact;
    private final ApplicationEventPublisher events;
    private final HomeStaffDirectory staff;
    private final AuditLog audit;
    private final Clock clock;

    FollowUpService(ExitRepository exits, FollowUpRepository followUps, ReintegrationSettingsService settings,
                    ReintegrationAccess access, NoContactGate noContact, ApplicationEventPublisher events,
                    HomeStaffDirectory staff, AuditLog audit, Clock clock) {
        this.exits = exits;
        this.noContact = noContact;
        this.followUps = followUps;
        this.settings = settings;
        this.access = access;
        this.events = events;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(ReintegrationAccess.READ)
    @Transactional(readOnly = true)
    public List<FollowUp> ofResident(long residentId) {
        ResidentSummary r = access.resident(residentId);
        audit.recordAccess("FollowUp", residentId, r.homeId(), "reintegration");
        return followUps.findByResidentIdOrderByDueOnAscIdAsc(residentId);
    }

    @PreAuthorize(ReintegrationAccess.READ)
    @Transactional(readOnly = true)
    public List<ExitInfo> exits(long residentId) {
        access.resident(residentId);
        return exits.findByResidentIdOrderByExitDateDescIdDesc(residentId).stream().map(ExitInfo::of).toList();
    }

    /** True while a follow-up's concern about her is open (shown prominently on her profile). */
    @PreAuthorize(ReintegrationAccess.READ)
    @Transactional(readOnly = true)
    public boolean hasOpenConcern(long residentId) {
        access.resident(residentId);
        return followUps.findByResidentIdOrderByDueOnAscIdAsc(residentId).stream().anyMatch(FollowUp::openConcern);
    }

    /** Who is responsible in the source area: a partner organisation or a member of staff. */
    @PreAuthorize(ReintegrationAccess.MANAGE)
    @Transactional
    public ExitInfo setResponsible(long exitId, long expectedVersion, String partner, String username) {
        ReintegrationExit e = exits.findById(exitId).orElseThrow(() -> new AccessDeniedException("No exit " + exitId));
        access.resident(e.getResidentId());
        OptimisticLock.requireVersion("ReintegrationExit", e.getVersion(), expectedVersion);
        String p = clean(partner);
        String u = clean(username);
        new InputChecks()
                .require(p != null || u != null, "responsiblePartner", "reintegration.validation.assignee")
                .maxLength("responsiblePartner", p, 200)
                // a member of staff of her home, as for a home verification (a typed name matched nobody's account)
                .require(u == null || u.equals(e.getResponsibleUsername()) || staff.staffOf(e.getHomeId()).stream()
                        .anyMatch(s -> s.username().equals(u)), "responsibleUsername", "reintegration.validation.notStaffOfHome")
                .throwIfAny();
        Map<String, Object> before = Map.of("partner", String.valueOf(e.getResponsiblePartner()), "user", String.valueOf(e.getResponsibleUsername()));
        e.responsible(p, u);
        OptimisticLock.write("ReintegrationExit", () -> exits.flush());
        audit.recordChange("UPDATE", "ReintegrationExit", e.getId(), e.getHomeId(), "Responsible for follow-up set", before,
                Map.of("partner", String.valueOf(p), "user", String.valueOf(u)));
        return ExitInfo.of(e);
    }

    @PreAuthorize(ReintegrationAccess.RECORD)
    @Transactional
    public FollowUp record(long followUpId, long expectedVersion, FollowUpVisit v) {
        FollowUp f = loadOpen(followUpId, expectedVersion);
        LocalDate today = LocalDate.now(clock);
        InputChecks checks = new InputChecks().required("date", v.date())
                .require(v.date() == null || !v.date().isAfter(today), "date", "reintegration.validation.future");
        if (!checks.has("date")) {
            // a follow-up visit comes after her exit (its due date less its months); year 0 is a typing slip
            checks.within("date", v.date(), f.getDueOn().minusMonths(f.getMonthsAfter()), today);
        }
        boolean described = clean(v.safetyConcerns()) != null || clean(v.retraffickingSigns()) != null;
        checks.required("mode", v.mode()).required("wellbeing", v.wellbeing())
                .require(!v.raiseConcern() || described, "safetyConcerns", "reintegration.validation.concernDetails")
                .require(!v.raiseConcern() || clean(v.nextAction()) != null, "nextAction", "reintegration.validation.concernAction")
                .maxLength("peopleMet", v.peopleMet(), 300).maxLength("nextAction", v.nextAction(), 300)
                .maxLength("wellbeing", v.wellbeing(), 1000).maxLength("schoolingOrWork", v.schoolingOrWork(), 1000)
                .maxLength("safetyConcerns", v.safetyConcerns(), 1000).maxLength("retraffickingSigns", v.retraffickingSigns(), 1000)
                .throwIfAny();
        // whom she was found with; concerns and signs may name a listed person on purpose, to report them
        noContact.require(f.getResidentId(), NoContactStep.FOLLOW_UP, Collections.singletonMap("peopleMet", v.peopleMet()));
        Map<String, Object> before = snapshot(f);
        f.record(new FollowUpVisit(v.date(), v.mode(), clean(v.peopleMet()), clean(v.wellbeing()), clean(v.schoolingOrWork()),
                clean(v.safetyConcerns()), clean(v.retraffickingSigns()), clean(v.nextAction()), v.raiseConcern()), access.username());
        flush();
        audit.recordChange("UPDATE", "FollowUp", f.getId(), f.getHomeId(), "Follow-up recorded" + (f.isConcern() ? " with a concern" : ""),
                before, snapshot(f));
        if (f.isConcern()) events.publishEvent(new FollowUpConcernRaised(f.getResidentId(), f.getHomeId(), f.getId(), v.date()));
        return f;
    }

    /** The care manager lets her next follow-up be recorded although it names someone on her no-contact list. */
    @PreAuthorize(ReintegrationAccess.MANAGE)
    @Transactional
    public void overrideNoContact(long residentId, String reason) {
        noContact.override(residentId, NoContactStep.FOLLOW_UP, reason);
    }

    /** One more attempt to reach her failed; counted towards "not reachable". */
    @PreAuthorize(ReintegrationAccess.RECORD)
    @Transactional
    public FollowUp attempt(long followUpId, long expectedVersion) {
        FollowUp f = loadOpen(followUpId, expectedVersion);
        f.attempt();
        flush();
        audit.recordChange("UPDATE", "FollowUp", f.getId(), f.getHomeId(), "Follow-up attempt " + f.getAttempts() + " failed",
                Map.of("attempts", f.getAttempts() - 1), Map.of("attempts", f.getAttempts()));
        return f;
    }

    /** Closes an open follow-up that cannot be done; "not reachable" needs the configured number of attempts. */
    @PreAuthorize(ReintegrationAccess.MANAGE)
    @Transactional
    public FollowUp close(long followUpId, long expectedVersion, CloseReason reason, String note) {
        FollowUp f = loadOpen(followUpId, expectedVersion);
        String n = clean(note);
        int needed = settings.settings().getUnreachableAttempts();
        new InputChecks().required("closeReason", reason)
                .require(reason != CloseReason.NOT_REACHABLE || f.getAttempts() >= needed, "closeReason",
                        "reintegration.validation.attempts", needed, f.getAttempts())
                .text("closeNote", n, 500, true)
                .throwIfAny();
        Map<String, Object> before = snapshot(f);
        f.close(reason, n, access.username());
        flush();
        audit.recordChange("UPDATE", "FollowUp", f.getId(), f.getHomeId(), "Follow-up closed: " + reason, before, snapshot(f));
        return f;
    }

    /** The care manager records what was done about a concern (e.g. re-referred to the AHTU or the CWC). */
    @PreAuthorize(ReintegrationAccess.MANAGE)
    @Transactional
    public FollowUp closeConcern(long followUpId, long expectedVersion, String outcome) {
        FollowUp f = load(followUpId, expectedVersion);
        if (!f.openConcern()) throw new ValidationException("concernOutcome", "reintegration.validation.noConcern");
        String o = clean(outcome);
        new InputChecks().text("concernOutcome", o, 500, true).throwIfAny();
        Map<String, Object> before = snapshot(f);
        f.closeConcern(LocalDate.now(clock), o);
        flush();
        audit.recordChange("UPDATE", "FollowUp", f.getId(), f.getHomeId(), "Concern closed: " + o, before, snapshot(f));
        return f;
    }

    private FollowUp load(long id, long expectedVersion) {
        FollowUp f = followUps.findById(id).orElseThrow(() -> new AccessDeniedException("No follow-up " + id));
        access.resident(f.getResidentId());
        OptimisticLock.requireVersion("FollowUp", f.getVersion(), expectedVersion);
        return f;
    }

    /** Recording, an attempt and closing are for a follow-up still open. */
    private FollowUp loadOpen(long id, long expectedVersion) {
        FollowUp f = load(id, expectedVersion);
        if (f.getStatus() != FollowUpStatus.OPEN) throw new ValidationException("status", "reintegration.validation.notOpen");
        return f;
    }

    private void flush() {
        OptimisticLock.write("FollowUp", () -> followUps.flush());
    }

    private static Map<String, Object> snapshot(FollowUp f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", f.getStatus());
        m.put("attempts", f.getAttempts());
        m.put("doneOn", String.valueOf(f.getDoneOn()));
        m.put("mode", String.valueOf(f.getMode()));
        m.put("concern", f.isConcern());
        m.put("concernClosedOn", String.valueOf(f.getConcernClosedOn()));
        m.put("closeReason", String.valueOf(f.getCloseReason()));
        return m;
    }
}
