package org.aashray.medical;

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

/**
 * Planned appointments as busy times: the resident always; the medical staff member only for in-house
 * appointments (hospital visits and lab tests are escorted by whoever is on duty).
 */
@Component
class MedicalBusyTime implements BusyTimeProvider {

    static final String SOURCE = "medical:";
    private final JdbcTemplate jdbc;

    MedicalBusyTime(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<BusyInterval> busy(Collection<Party> parties, LocalDateTime from, LocalDateTime to) {
        List<BusyInterval> out = new ArrayList<>();
        query(parties, Party.Type.RESIDENT, "resident_id", "", from, to, out);
        query(parties, Party.Type.STAFF, "staff_id", " and kind = 'IN_HOUSE'", from, to, out);
        return out;
    }

    private void query(Collection<Party> parties, Party.Type type, String column, String extra, LocalDateTime from,
                       LocalDateTime to, List<BusyInterval> out) {
        String ids = parties.stream().filter(p -> p.type() == type).map(p -> String.valueOf(p.id())).collect(Collectors.joining(","));
        if (ids.isEmpty()) return;
        jdbc.query("select id, " + column + ", starts_at, ends_at from medical_appointments where " + column + " in (" + ids
                        + ") and starts_at < ? and starts_at >= ? and ends_at > ? and status in ('PLANNED','DONE')" + extra,
                rs -> {
                    out.add(new BusyInterval(new Party(type, rs.getLong(2)), rs.getObject(3, LocalDateTime.class),
                            rs.getObject(4, LocalDateTime.class), SOURCE + rs.getLong(1), "medical.clash"));
                }, to, from.minusDays(1), from);
    }
}
