package org.aashray.homes.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.aashray.homes.HomeSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HomeRepository extends JpaRepository<Home, Long> {

    String SUMMARY = """
            select new org.aashray.homes.HomeSummary(h.id, h.code, h.name, h.type, h.serves, d.id, d.name,
                (select count(b) from Bed b where b.room.home = h and b.status = org.aashray.homes.BedStatus.AVAILABLE),
                h.licenceExpiry, h.active)
            from Home h join h.district d
            """;

    @Query(SUMMARY + """
             where (:text is null or lower(h.name) like lower(concat('%', :text, '%'))
                    or lower(h.code) like lower(concat('%', :text, '%')) or lower(d.name) like lower(concat('%', :text, '%')))""")
    Page<HomeSummary> search(@Param("text") String text, Pageable pageable);

    @Query(SUMMARY + " where h.id in :ids order by h.name")
    List<HomeSummary> summariesByIds(@Param("ids") Collection<Long> ids);

    @Query(SUMMARY + " where d.id in :districtIds order by d.name, h.name")
    List<HomeSummary> summariesByDistricts(@Param("districtIds") Collection<Long> districtIds);

    @Query(SUMMARY + " order by d.name, h.name")
    List<HomeSummary> allSummaries();

    @Query(SUMMARY + " where h.active = true and h.licenceExpiry <= :date order by h.licenceExpiry")
    List<HomeSummary> licencesExpiringOnOrBefore(@Param("date") java.time.LocalDate date);

    @Query("select h from Home h join fetch h.district where h.id = :id")
    Optional<Home> findWithDistrict(@Param("id") long id);

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, Long id);
}
