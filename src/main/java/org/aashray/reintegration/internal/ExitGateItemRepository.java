package org.aashray.reintegration.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExitGateItemRepository extends JpaRepository<ExitGateItem, ExitGateItem.Key> {
}
