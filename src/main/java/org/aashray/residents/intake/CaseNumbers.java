package org.aashray.residents.intake;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case numbers like {@code SUN-T-2026-0042}: home code, year, sequence. The counter row of the home and
 * year is locked with SELECT ... FOR UPDATE until the intake commits, so parallel intakes queue up and no
 * number is given twice; a rolled-back intake gives its number back before anyone saw it.
 */
@Component
class CaseNumbers {

    @PersistenceContext
    private EntityManager em;

    /**
     * Creates the counter row in its own short transaction before the intake's transaction starts: two
     * intakes inserting the same new row inside their transactions could deadlock on InnoDB's locks.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ensureCounter(long homeId, int year) {
        // A plain read takes no lock; INSERT IGNORE on the existing row would wait for a running intake's lock.
        boolean exists = !em.createNativeQuery("select 1 from resident_case_counters where home_id = ?1 and case_year = ?2")
                .setParameter(1, homeId).setParameter(2, year).getResultList().isEmpty();
        if (!exists) {
            em.createNativeQuery("insert ignore into resident_case_counters (home_id, case_year, last_value) values (?1, ?2, 0)")
                    .setParameter(1, homeId).setParameter(2, year).executeUpdate();
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(long homeId, String homeCode, int year) {
        Number last = (Number) em.createNativeQuery(
                        "select last_value from resident_case_counters where home_id = ?1 and case_year = ?2 for update")
                .setParameter(1, homeId).setParameter(2, year).getSingleResult();
        int next = last.intValue() + 1;
        em.createNativeQuery("update resident_case_counters set last_value = ?1 where home_id = ?2 and case_year = ?3")
                .setParameter(1, next).setParameter(2, homeId).setParameter(3, year).executeUpdate();
        return "%s-%d-%04d".formatted(homeCode, year, next);
    }
}
