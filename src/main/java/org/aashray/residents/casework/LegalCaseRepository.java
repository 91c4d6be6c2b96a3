package org.aashray.residents.casework;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LegalCaseRepository extends JpaRepository<LegalCase, Long> {

    /** Next hearings on or before {@code by} of residents still in residence (indexed on next_hearing). */
    @Query("""
            select new org.aashray.residents.casework.HearingDue(r.id, r.homeId, r.caseNumber, l.nextHearing)
            from LegalCase l join Resident r on r.id = l.residentId
            where l.nextHearing <= :by and r.status = org.aashray.residents.ResidentStatus.IN_RESIDENCE
            order by l.nextHearing, r.id""")
    List<HearingDue> hearingsBy(@Param("by") LocalDate by);
}
