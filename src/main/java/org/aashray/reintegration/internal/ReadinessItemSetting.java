package org.aashray.reintegration.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.aashray.reintegration.readiness.ReadinessItem;

/**
 * A readiness item of the checklist, in its place. Which exit kinds require it is in {@link ExitGateItem}; the
 * table's old {@code blocking} column is no longer read (a later migration drops it).
 */
@Entity
@Table(name = "reint_readiness_items")
class ReadinessItemSetting {

    @Id
    @Enumerated(EnumType.STRING)
    private ReadinessItem item;
    private int position;
    @Version
    private long version;

    protected ReadinessItemSetting() {
    }

    ReadinessItem getItem() { return item; }
    int getPosition() { return position; }
}
