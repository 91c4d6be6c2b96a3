package org.aashray.residents.children;

import java.time.LocalDate;
import java.util.List;
import org.aashray.residents.internal.Resident;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Residents as children: a mother's accompanying children and the children whose JJ Act deadlines run. */
interface ChildRepository extends Repository<Resident, Long> {

    List<Resident> findByMotherIdOrderByBirthDateDesc(long motherId);

    /** Children in residence rescued on or before the date and not yet produced before the CWC. */
    @Query("""
            select new org.aashray.residents.children.ChildDeadlineDue(r.id, r.homeId, r.caseNumber, r.rescueDate) from Resident r
            where r.minor = true and r.status = org.aashray.residents.ResidentStatus.IN_RESIDENCE and r.cwcProducedOn is null
              and r.rescueDate <= :rescuedBy order by r.rescueDate, r.id""")
    List<ChildDeadlineDue> notProducedBeforeCwc(@Param("rescuedBy") LocalDate rescuedBy);

    /** Children in residence admitted on or before the date whose social investigation report is not submitted. */
    @Query("""
            select new org.aashray.residents.children.ChildDeadlineDue(r.id, r.homeId, r.caseNumber, r.admittedOn) from Resident r
            where r.minor = true and r.status = org.aashray.residents.ResidentStatus.IN_RESIDENCE and r.sirSubmittedOn is null
              and r.admittedOn <= :admittedBy order by r.admittedOn, r.id""")
    List<ChildDeadlineDue> withoutSocialInvestigation(@Param("admittedBy") LocalDate admittedBy);
}
