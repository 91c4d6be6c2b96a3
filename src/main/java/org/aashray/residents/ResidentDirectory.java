package org.aashray.residents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aashray.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features (placements, counselling, medical, training, reintegration) use: find a resident
 * with the caller's access checked, list residents of a home, and change a resident's status.
 */
@Service
public class ResidentDirectory {

    private final ResidentRepository residents;
    private final ResidentQueries queries;
    private final ResidentAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResidentDirectory(ResidentRepository residents, ResidentQueries queries, ResidentAccess access, AuditLog audit,
                      ApplicationEventPublisher events, Clock clock) {
        this.residents = residents;
        this.queries = queries;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The resident if she exists and the caller works in her home; empty otherwise (no hint which). */
    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public Optional<ResidentSummary> find(long residentId) {
        return residents.findById(residentId).filter(r -> access.mayAccess(r.getHomeId())).map(ResidentSummary::of);
    }

    /** Case numbers of the given residents the caller may access (one query), e.g. for alert descriptions. */
    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public Map<Long, String> caseNumbers(java.util.Collection<Long> residentIds) {
        if (residentIds.isEmpty()) return Map.of();
        Map<Long, String> out = new java.util.HashMap<>();
        residents.findAllById(Set.copyOf(residentIds)).stream().filter(r -> access.mayAccess(r.getHomeId()))
                .forEach(r -> out.put(r.getId(), r.getCaseNumber()));
        return out;
    }

    /** Residents of the caller's homes matching the filter, a page at a time, sorted in the database. */
    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public List<ResidentSummary> search(ResidentFilter filter, Pageable pageable) {
        if (filter.homeId() != null) access.require(filter.homeId());
        return queries.search(access.homes(), filter, LocalDate.now(clock), pageable);
    }

    /** Records that a resident left (or came back); publishes {@link ResidentEvents.ResidentStatusChanged}. */
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
            events.publishEvent(new ResidentEvents.ResidentStatusChanged(residentId, r.getHomeId(), before, status,
                    r.getStatusChangedOn()));
        }
        return ResidentSummary.of(r);
    }
}
