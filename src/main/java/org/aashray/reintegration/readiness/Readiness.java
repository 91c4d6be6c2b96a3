package org.aashray.reintegration.readiness;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aashray.placements.ExitReason;

/**
 * A readiness check as it stands: each item met / not met / not applicable, and for each gated exit kind
 * ({@code gates}: the items it requires) whether she is ready for it. {@code checkId} is null for a resident never
 * checked. The home verification item is re-evaluated for the day asked about, so a verification that has grown
 * too old makes a once-ready resident not ready. {@code overrides} holds the reason of each unused override.
 */
public record Readiness(Long checkId, long residentId, LocalDate checkedOn, String checkedBy, List<ItemState> items,
                        Map<ExitReason, Set<ReadinessItem>> gates, Map<ExitReason, String> overrides) {

    /** One item of the check; {@code blocking}: some gated exit kind requires it. */
    public record ItemState(ReadinessItem item, Answer answer, boolean blocking, String note) {
    }

    public boolean checked() {
        return checkId != null;
    }

    /** The gated exit kinds, in the order screens show them. */
    public List<ExitReason> gatedKinds() {
        return List.copyOf(gates.keySet());
    }

    /** Whether the gate lets an exit of this kind through: it requires nothing, or a check has every item it requires. */
    public boolean readyFor(ExitReason kind) {
        Set<ReadinessItem> required = gates.getOrDefault(kind, Set.of());
        return required.isEmpty() || checked() && missing(kind).isEmpty();
    }

    /** The items this kind requires that are not met (all of them when she was never checked), in checklist order. */
    public List<ReadinessItem> missing(ExitReason kind) {
        Set<ReadinessItem> required = gates.getOrDefault(kind, Set.of());
        // an item her check did not ask about (added to the checklist since) is not met either
        return Arrays.stream(ReadinessItem.values()).filter(required::contains)
                .filter(i -> !checked() || items.stream().noneMatch(s -> s.item() == i && s.answer() != Answer.NOT_MET)).toList();
    }

    public boolean overridden(ExitReason kind) {
        return overrides.containsKey(kind);
    }

    /** Whether the gate refuses an exit of this kind today: not ready for it and no override lets it pass. */
    public boolean stops(ExitReason kind) {
        return !readyFor(kind) && !overridden(kind);
    }
}
