package org.aashray.counselling;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.aashray.base.schedule.BusyInterval;
import org.aashray.base.schedule.BusyTimeProvider;
import org.aashray.base.schedule.Party;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Counselling sessions (not cancelled) as busy times of their counsellor, residents and room. */
@Component
class CounsellingBusyTime implements BusyTimeProvider {

    static final String SOURCE = "counselling:";
    private static final String ACTIVE = " and (s.attendance is null or s.attendance <> 'CANCELLED')";
    private final JdbcTemplate jdbc;

    CounsellingBusyTime(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<BusyInterval> busy(Collection<Party> parties, LocalDateTime from, LocalDateTime to) {
        List<BusyInterval> out = new ArrayList<>();
        LocalDateTime bound = from.minusDays(1);
        for (Party.Type type : Party.Type.values()) {
            String ids = parties.stream().filter(p -> p.type() == type).map(p -> String.valueOf(p.id()))
                    .collect(Collectors.joining(","));
            if (ids.isEmpty()) continue;
            String sql = switch (type) {
                case STAFF -> "select s.id, s.counsellor_id, s.starts_at, s.ends_at from counselling_sessions s"
                        + " where s.counsellor_id in (" + ids + ") and s.starts_at < ? and s.starts_at >= ? and s.ends_at > ?" + ACTIVE;
                case ROOM -> "select s.id, s.room_id, s.starts_at, s.ends_at from counselling_sessions s"
                        + " where s.room_id in (" + ids + ") and s.starts_at < ? and s.starts_at >= ? and s.ends_at > ?" + ACTIVE;
                case RESIDENT -> "select s.id, p.resident_id, p.starts_at, p.ends_at from counselling_participants p"
                        + " join counselling_sessions s on s.id = p.session_id"
                        + " where p.resident_id in (" + ids + ") and p.starts_at < ? and p.starts_at >= ? and p.ends_at > ?" + ACTIVE;
            };
            jdbc.query(sql, rs -> {
                out.add(new BusyInterval(new Party(type, rs.getLong(2)), rs.getObject(3, LocalDateTime.class),
                        rs.getObject(4, LocalDateTime.class), SOURCE + rs.getLong(1), "counselling.clash"));
            }, to, bound, from);
        }
        return out;
    }
}
