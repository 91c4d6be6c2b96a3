package org.aashray.reintegration.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.aashray.reintegration.readiness.ReadinessItem;

/** Whether a readiness item blocks "restored to family"; edited by an administrator. */
@Entity
@Table(name = "reint_readiness_items")
class ReadinessItemSetting {

    @Id
    @Enumerated(EnumType.STRING)
    private ReadinessItem item;
    private int position;
    private boolean blocking;
    @Version
    private long version;

    protected ReadinessItemSetting() {
    }

    ReadinessItem getItem() { return item; }
    int getPosition() { return position; }
    boolean isBlocking() { return blocking; }
    void setBlocking(boolean blocking) { this.blocking = blocking; }
}
