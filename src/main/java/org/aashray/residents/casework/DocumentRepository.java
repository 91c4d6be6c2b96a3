package org.aashray.residents.casework;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DocumentRepository extends JpaRepository<ResidentDocument, Long> {

    List<ResidentDocument> findByResidentIdOrderByType(long residentId);

    @Query("select distinct d.residentId from ResidentDocument d where d.numberKey = :key")
    List<Long> residentsWithNumber(@Param("key") String key);
}
