package org.aashray.reintegration.readiness;

import java.time.LocalDate;
import java.util.List;

/**
 * A readiness check as it stands: each item met / not met / not applicable, whether it blocks, and the result.
 * {@code checkId} is null for a resident never checked. The home verification item is re-evaluated for the
 * day asked about, so a verification that has grown too old makes a once-ready resident not ready.
 */
public record Readiness(Long checkId, long residentId, LocalDate checkedOn, String checkedBy, List<ItemState> items,
                        String overrideReason, String overrideBy) {

    /** One item of the check. */
    public record ItemState(ReadinessItem item, Answer answer, boolean blocking, String note) {

        public boolean missing() {
            return blocking && answer == Answer.NOT_MET;
        }
    }

    public boolean checked() {
        return checkId != null;
    }

    public boolean ready() {
        return checked() && missing().isEmpty();
    }

    /** Blocking items not met (all items when never checked). */
    public List<ReadinessItem> missing() {
        if (!checked()) return items.stream().filter(ItemState::blocking).map(ItemState::item).toList();
        return items.stream().filter(ItemState::missing).map(ItemState::item).toList();
    }

    Readiness withOverride(java.util.Optional<ExitOverride> o) {
        return o.map(x -> new Readiness(checkId, residentId, checkedOn, checkedBy, items, x.getReason(), x.getRecordedBy()))
                .orElse(this);
    }

    public boolean overridden() {
        return overrideReason != null;
    }
}
