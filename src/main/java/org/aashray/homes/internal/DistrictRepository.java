package org.aashray.homes.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DistrictRepository extends JpaRepository<District, Long> {

    List<District> findAllByOrderByName();

    boolean existsByCodeAndIdNot(String code, Long id);

    boolean existsByCode(String code);
}
