package org.aashray.reintegration.internal;

import java.util.List;
import org.aashray.reintegration.readiness.ReadinessItem;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReadinessItemRepository extends JpaRepository<ReadinessItemSetting, ReadinessItem> {

    List<ReadinessItemSetting> findAllByOrderByPosition();
}
