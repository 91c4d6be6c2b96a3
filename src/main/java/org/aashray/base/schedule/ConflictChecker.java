package org.aashray.base.schedule;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aashray.base.ValidationException;
import org.springframework.stereotype.Component;

/**
 * Asks every {@link BusyTimeProvider} whether the parties of a booking are free. Used inside the booking
 * transaction after {@link ScheduleLocks#lock} so the answer cannot change before the booking commits.
 */
@Component
public class ConflictChecker {

    private final List<BusyTimeProvider> providers;

    ConflictChecker(List<BusyTimeProvider> providers) {
        this.providers = providers;
    }

    /**
     * The clashes of a booking of {@code parties} (with their display names) from start to end, ignoring
     * the bookings named in {@code ignoreSources} (the booking being changed).
     */
    public List<Clash> clashes(Map<Party, String> parties, LocalDateTime start, LocalDateTime end, Set<String> ignoreSources) {
        List<Clash> found = new ArrayList<>();
        for (BusyTimeProvider provider : providers) {
            for (BusyInterval busy : provider.busy(parties.keySet(), start, end)) {
                if (!ignoreSources.contains(busy.source()) && busy.overlaps(start, end) && parties.containsKey(busy.party())) {
                    found.add(new Clash(busy.party(), parties.get(busy.party()), busy));
                }
            }
        }
        found.sort(Comparator.comparing((Clash c) -> c.party()).thenComparing(c -> c.busy().start()));
        return found;
    }

    /** Refuses the booking with one message per clash, put next to {@code field}. */
    public void requireFree(String field, Map<Party, String> parties, LocalDateTime start, LocalDateTime end,
                            Set<String> ignoreSources) {
        List<Clash> clashes = clashes(parties, start, end, ignoreSources);
        if (!clashes.isEmpty()) {
            throw new ValidationException(clashes.stream()
                    .map(c -> new ValidationException.FieldError(field, c.messageKey(), c.args())).toList());
        }
    }
}
