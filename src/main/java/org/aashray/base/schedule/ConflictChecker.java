package org.aashray.base.schedule;

import java.time.Duration;
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

    /** How many clashes a refusal names one by one; the rest are counted ("…and 16 more clashes"). */
    static final int NAMED = 8;
    static final String MORE_KEY = "schedule.moreClashes";

    private final List<BusyTimeProvider> providers;

    ConflictChecker(List<BusyTimeProvider> providers) {
        this.providers = providers;
    }

    /**
     * The clashes of a booking of {@code parties} (with their display names) from start to end, ignoring
     * the bookings named in {@code ignoreSources} (the booking being changed); the resident's first, then the
     * staff member's, then the room's, each by time.
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

    /** Refuses the booking with one message per clash, every one, put next to {@code field}. */
    public void requireFree(String field, Map<Party, String> parties, LocalDateTime start, LocalDateTime end,
                            Set<String> ignoreSources) {
        refuse(field, clashes(parties, start, end, ignoreSources));
    }

    /**
     * Refuses a booking of several times of the same length (the weeks of a series) with the clashes of all of
     * them, time by time, so that one refusal names every week she must change, not only the first.
     */
    public void requireFree(String field, Map<Party, String> parties, List<LocalDateTime> starts, Duration length,
                            Set<String> ignoreSources) {
        List<Clash> all = new ArrayList<>();
        for (LocalDateTime start : starts) {
            all.addAll(clashes(parties, start, start.plus(length), ignoreSources));
        }
        refuse(field, all);
    }

    /** Every clash named (who or what, and when), up to {@link #NAMED}; more are counted in a last message. */
    private static void refuse(String field, List<Clash> clashes) {
        if (clashes.isEmpty()) return;
        List<ValidationException.FieldError> errors = new ArrayList<>();
        boolean tooMany = clashes.size() > NAMED + 1;
        List<Clash> named = tooMany ? clashes.subList(0, NAMED) : clashes;
        named.forEach(c -> errors.add(new ValidationException.FieldError(field, c.messageKey(), c.args())));
        if (tooMany) errors.add(new ValidationException.FieldError(field, MORE_KEY, clashes.size() - NAMED));
        throw new ValidationException(errors);
    }
}
