package org.aashray.reintegration.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.aashray.placements.ExitReason;
import org.aashray.reintegration.readiness.ReadinessItem;

/** One readiness item an exit of one kind requires; ADMIN adds and removes these rows. */
@Entity
@Table(name = "reint_exit_gate_items")
@IdClass(ExitGateItem.Key.class)
class ExitGateItem {

    @Id
    @Enumerated(EnumType.STRING)
    private ExitReason exitReason;
    @Id
    @Enumerated(EnumType.STRING)
    private ReadinessItem item;

    protected ExitGateItem() {
    }

    ExitGateItem(ExitReason exitReason, ReadinessItem item) {
        this.exitReason = exitReason;
        this.item = item;
    }

    ExitReason getExitReason() { return exitReason; }
    ReadinessItem getItem() { return item; }

    static class Key implements Serializable {
        private ExitReason exitReason;
        private ReadinessItem item;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.exitReason == exitReason && k.item == item;
        }

        @Override
        public int hashCode() {
            return Objects.hash(exitReason, item);
        }
    }
}
