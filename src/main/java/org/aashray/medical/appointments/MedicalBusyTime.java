package org.aashray.medical.appointments;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.aashray.base.schedule.BusyInterval;
import org.aashray.base.schedule.BusyTimeProvider;
import org.aashray.base.schedule.Party;
import org.springframework.stereotype.Component;

/**
 * Planned (and done) appointments as busy times: the resident always; the medical staff member only for
 * in-house appointments (hospital visits and lab tests are escorted by whoever is on duty).
 */
@Component
public class MedicalBusyTime implements BusyTimeProvider {

    public static final String SOURCE = "medical:";
    private static final String RANGE = " and a.startsAt < :to and a.startsAt >= :bound and a.endsAt > :from"
            + " and a.status in (org.aashray.medical.AppointmentStatus.PLANNED, org.aashray.medical.AppointmentStatus.DONE)";

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<BusyInterval> busy(Collection<Party> parties, LocalDateTime from, LocalDateTime to) {
        List<BusyInterval> out = new ArrayList<>();
        query(parties, Party.Type.RESIDENT, "select a.id, a.residentId, a.startsAt, a.endsAt from Appointment a where a.residentId in :ids" + RANGE, from, to, out);
        query(parties, Party.Type.STAFF, "select a.id, a.staffId, a.startsAt, a.endsAt from Appointment a where a.staffId in :ids" + RANGE
                + " and a.kind = org.aashray.medical.AppointmentKind.IN_HOUSE", from, to, out);
        return out;
    }

    private void query(Collection<Party> parties, Party.Type type, String jpql, LocalDateTime from, LocalDateTime to, List<BusyInterval> out) {
        List<Long> ids = parties.stream().filter(p -> p.type() == type).map(Party::id).toList();
        if (ids.isEmpty()) return;
        em.createQuery(jpql, Object[].class).setParameter("ids", ids).setParameter("from", from).setParameter("to", to)
                .setParameter("bound", from.minusDays(1)).getResultList()
                .forEach(row -> out.add(new BusyInterval(new Party(type, (Long) row[1]), (LocalDateTime) row[2],
                        (LocalDateTime) row[3], SOURCE + row[0], "medical.clash")));
    }
}
