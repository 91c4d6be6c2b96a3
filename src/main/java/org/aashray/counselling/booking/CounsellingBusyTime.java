package org.aashray.counselling.booking;

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
 * Counselling sessions (not cancelled) as busy times of their counsellor, residents and room. Queried through
 * JPA so times are read exactly as the sessions were written; the start is bounded below (sessions last at
 * most a day) so the (party, starts_at) indexes are used.
 */
@Component
class CounsellingBusyTime implements BusyTimeProvider {

    static final String SOURCE = "counselling:";
    private static final String ACTIVE = " and (s.attendance is null or s.attendance <> org.aashray.counselling.Attendance.CANCELLED)";
    private static final String RANGE = " and s.startsAt < :to and s.startsAt >= :bound and s.endsAt > :from";

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<BusyInterval> busy(Collection<Party> parties, LocalDateTime from, LocalDateTime to) {
        List<BusyInterval> out = new ArrayList<>();
        for (Party.Type type : Party.Type.values()) {
            List<Long> ids = parties.stream().filter(p -> p.type() == type).map(Party::id).toList();
            if (ids.isEmpty()) continue;
            String jpql = switch (type) {
                case STAFF -> "select s.id, s.counsellorId, s.startsAt, s.endsAt from Session s where s.counsellorId in :ids" + RANGE + ACTIVE;
                case ROOM -> "select s.id, s.roomId, s.startsAt, s.endsAt from Session s where s.roomId in :ids" + RANGE + ACTIVE;
                case RESIDENT -> "select s.id, p.residentId, p.startsAt, p.endsAt from Session s join s.participants p"
                        + " where p.residentId in :ids and p.startsAt < :to and p.startsAt >= :bound and p.endsAt > :from" + ACTIVE;
            };
            em.createQuery(jpql, Object[].class).setParameter("ids", ids).setParameter("from", from).setParameter("to", to)
                    .setParameter("bound", from.minusDays(1)).getResultList()
                    .forEach(row -> out.add(new BusyInterval(new Party(type, (Long) row[1]), (LocalDateTime) row[2],
                            (LocalDateTime) row[3], SOURCE + row[0], "counselling.clash")));
        }
        return out;
    }
}
