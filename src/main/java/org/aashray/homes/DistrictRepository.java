package org.aashray.homes;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DistrictRepository extends JpaRepository<District, Long> {

    List<District> findAllByOrderByName();

    boolean existsByCodeAndIdNot(String code, Long id);

    boolean existsByCode(String code);
}
