package org.aashray.residents.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.aashray.residents.ResidentFilter;
import org.aashray.residents.ResidentSummary;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The list search, built as JPQL with only the conditions in use. Every
 * query starts with the caller's homes, so the (home_id, ...) indexes keep it fast at 100,000 residents;
 * sorting happens in the database, limited to the columns the grid offers.
 */
@Component
public class ResidentQueries {

    private static final String SUMMARY = """
            select new org.aashray.residents.ResidentSummary(r.id, r.homeId, r.caseNumber, r.name, r.alias, r.gender,
                r.birthDate, r.status, r.admittedOn, r.traffickingForm, r.origin, r.minor, r.pregnant, r.injuredOrIll,
                r.withChildren, r.securityThreat, r.consentRecorded, r.possibleRetrafficking, r.motherId, r.version)
            from Resident r where 1 = 1""";
    private static final Map<String, String> SORTABLE = Map.of("caseNumber", "r.caseNumber", "name", "r.name",
            "admittedOn", "r.admittedOn", "birthDate", "r.birthDate", "status", "r.status", "age", "r.birthDate");

    @PersistenceContext
    private EntityManager em;

    public List<ResidentSummary> search(Set<Long> homes, ResidentFilter f, LocalDate today, Pageable pageable) {
        StringBuilder jpql = new StringBuilder(SUMMARY);
        Map<String, Object> params = new HashMap<>();
        if (homes != null) {
            if (homes.isEmpty()) return List.of();
            jpql.append(" and r.homeId in :homes");
            params.put("homes", homes);
        }
        if (f.homeId() != null) {
            jpql.append(" and r.homeId = :home");
            params.put("home", f.homeId());
        }
        String name = ResidentChecks.clean(f.name());
        if (name != null) {
            // the column's utf8mb4_unicode_ci collation makes LIKE case-insensitive in every script
            jpql.append(" and (r.name like :name or r.alias like :name)");
            params.put("name", "%" + escapeLike(name) + "%");
        }
        String caseNumber = ResidentChecks.clean(f.caseNumber());
        if (caseNumber != null) {
            jpql.append(" and r.caseNumber like :caseNumber");
            params.put("caseNumber", "%" + escapeLike(caseNumber) + "%");
        }
        if (f.status() != null) {
            jpql.append(" and r.status = :status");
            params.put("status", f.status());
        }
        if (f.ageBand() != null) {
            jpql.append(" and r.birthDate between :bornFrom and :bornTo");
            params.put("bornFrom", f.ageBand().bornFrom(today));
            params.put("bornTo", f.ageBand().bornTo(today));
        }
        if (f.traffickingForm() != null) {
            jpql.append(" and r.traffickingForm = :form");
            params.put("form", f.traffickingForm());
        }
        if (f.flag() != null) {
            jpql.append(switch (f.flag()) {
                case MINOR -> " and r.minor = true";
                case PREGNANT -> " and r.pregnant = true";
                case INJURED_OR_ILL -> " and r.injuredOrIll = true";
                case WITH_CHILDREN -> " and r.withChildren = true";
                case SECURITY_THREAT -> " and r.securityThreat = true";
                case NO_CONSENT -> " and r.consentRecorded = false";
                case POSSIBLE_RETRAFFICKING -> " and r.possibleRetrafficking = true";
            });
        }
        jpql.append(orderBy(pageable.getSort()));
        TypedQuery<ResidentSummary> query = em.createQuery(jpql.toString(), ResidentSummary.class);
        params.forEach(query::setParameter);
        if (pageable.isPaged()) {
            query.setFirstResult((int) pageable.getOffset());
            query.setMaxResults(pageable.getPageSize());
        }
        return query.getResultList();
    }

    private static String orderBy(Sort sort) {
        String order = sort.stream().filter(o -> SORTABLE.containsKey(o.getProperty()))
                .map(o -> SORTABLE.get(o.getProperty()) + ("age".equals(o.getProperty()) ? (o.isAscending() ? " desc" : " asc")
                        : (o.isAscending() ? " asc" : " desc")))
                .collect(Collectors.joining(", "));
        return " order by " + (order.isEmpty() ? "r.admittedOn desc" : order) + ", r.id desc";
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
