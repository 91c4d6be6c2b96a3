package org.aashray.residents;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ResidentRepository extends JpaRepository<Resident, Long> {

    List<Resident> findByMotherIdOrderByBirthDateDesc(long motherId);

    boolean existsByHomeId(long homeId);

    /** Children in residence rescued on or before the date and not yet produced before the CWC. */
    @Query("""
            select new org.aashray.residents.ChildDeadlineDue(r.id, r.homeId, r.caseNumber, r.rescueDate) from Resident r
            where r.minor = true and r.status = org.aashray.residents.ResidentStatus.IN_RESIDENCE and r.cwcProducedOn is null
              and r.rescueDate <= :rescuedBy order by r.rescueDate, r.id""")
    List<ChildDeadlineDue> notProducedBeforeCwc(@Param("rescuedBy") java.time.LocalDate rescuedBy);

    /** Children in residence admitted on or before the date whose social investigation report is not submitted. */
    @Query("""
            select new org.aashray.residents.ChildDeadlineDue(r.id, r.homeId, r.caseNumber, r.admittedOn) from Resident r
            where r.minor = true and r.status = org.aashray.residents.ResidentStatus.IN_RESIDENCE and r.sirSubmittedOn is null
              and r.admittedOn <= :admittedBy order by r.admittedOn, r.id""")
    List<ChildDeadlineDue> withoutSocialInvestigation(@Param("admittedBy") java.time.LocalDate admittedBy);
}

interface ResidentDeadlinesRepository extends JpaRepository<ResidentDeadlines, Integer> {
}

interface ConsentRepository extends JpaRepository<Consent, Long> {

    Optional<Consent> findFirstByResidentIdOrderByIdDesc(long residentId);
}

interface DocumentRepository extends JpaRepository<ResidentDocument, Long> {

    List<ResidentDocument> findByResidentIdOrderByType(long residentId);

    @Query("select distinct d.residentId from ResidentDocument d where d.numberKey = :key")
    List<Long> residentsWithNumber(@Param("key") String key);
}

interface LegalCaseRepository extends JpaRepository<LegalCase, Long> {

    /** Next hearings on or before {@code by} of residents still in residence (indexed on next_hearing). */
    @Query("""
            select new org.aashray.residents.HearingDue(r.id, r.homeId, r.caseNumber, l.nextHearing)
            from LegalCase l join Resident r on r.id = l.residentId
            where l.nextHearing <= :by and r.status = org.aashray.residents.ResidentStatus.IN_RESIDENCE
            order by l.nextHearing, r.id""")
    List<HearingDue> hearingsBy(@Param("by") java.time.LocalDate by);
}

interface ContactRepository extends JpaRepository<FamilyContact, Long> {

    List<FamilyContact> findByResidentIdOrderById(long residentId);
}

interface NoContactRepository extends JpaRepository<NoContact, Long> {

    List<NoContact> findByResidentIdOrderById(long residentId);
}

interface PhotoRepository extends JpaRepository<ResidentPhoto, Long> {
}

interface VisitRepository extends JpaRepository<Visit, Long> {

    @Query("""
            select new org.aashray.residents.VisitSummary(v.id, v.homeId, v.residentId, r.caseNumber, r.name, v.visitorName,
                v.relation, v.purpose, v.officerName, v.policeStation, v.idSeen, v.timeIn, v.timeOut, v.noContactMatch)
            from Visit v, Resident r where r.id = v.residentId and v.homeId in :homeIds and v.timeIn >= :from and v.timeIn < :to""")
    List<VisitSummary> inHomes(@Param("homeIds") Collection<Long> homeIds, @Param("from") Instant from, @Param("to") Instant to,
                        Pageable pageable);

    List<Visit> findByResidentIdOrderByTimeInDesc(long residentId, Pageable pageable);
}
