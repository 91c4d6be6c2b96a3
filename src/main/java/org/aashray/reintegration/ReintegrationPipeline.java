package org.aashray.reintegration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aashray.placements.OccupancyService;
import org.aashray.reintegration.followup.FollowUpRepository;
import org.aashray.reintegration.internal.ReintegrationAccess;
import org.aashray.reintegration.internal.ReintegrationSettingsService;
import org.aashray.reintegration.readiness.ReadinessCheckRepository;
import org.aashray.reintegration.verification.VerificationRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where residents in care stand on the way home: in care, verification pending, or ready (latest check). */
@Service
public class ReintegrationPipeline {

    public enum Stage { IN_CARE, VERIFICATION_PENDING, READY }

    // IN lists stay well below the database's packet limits and keep each query's plan an index lookup.
    private static final int CHUNK = 5000;

    private final VerificationRepository verifications;
    private final ReadinessCheckRepository checks;
    private final FollowUpRepository followUps;
    private final ReintegrationSettingsService settings;
    private final OccupancyService occupancy;
    private final ReintegrationAccess access;
    private final Clock clock;

    ReintegrationPipeline(VerificationRepository verifications, ReadinessCheckRepository checks, FollowUpRepository followUps,
                          ReintegrationSettingsService settings, OccupancyService occupancy, ReintegrationAccess access,
                          Clock clock) {
        this.verifications = verifications;
        this.checks = checks;
        this.followUps = followUps;
        this.settings = settings;
        this.occupancy = occupancy;
        this.access = access;
        this.clock = clock;
    }

    /** The stage of each of the given residents (a page of the resident list), in two queries. */
    @PreAuthorize(ReintegrationAccess.READ)
    @Transactional(readOnly = true)
    public Map<Long, Stage> stages(Collection<Long> residentIds) {
        Map<Long, Stage> result = new HashMap<>();
        if (residentIds.isEmpty()) return result;
        Set<Long> pending = new HashSet<>();
        verifications.pending(access.isSystem(), access.homes(), PageRequest.of(0, 2000))
                .forEach(v -> pending.add(v.getResidentId()));
        Set<Long> ready = new HashSet<>(checks.readyAmong(residentIds));
        for (Long id : residentIds) {
            result.put(id, ready.contains(id) ? Stage.READY : pending.contains(id) ? Stage.VERIFICATION_PENDING : Stage.IN_CARE);
        }
        return result;
    }

    /**
     * Today's counts per home: residents in care (as placements count them) by stage, overdue home verifications
     * and missed follow-ups (more than the grace period late). Counts only; the homes are checked by placements
     * (staff their homes, officials their districts' homes, administrators all).
     */
    @PreAuthorize(ReintegrationAccess.COUNTS)
    @Transactional(readOnly = true)
    public Map<Long, ReintegrationCounts> countsByHome(Collection<Long> homeIds) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<Long>> inCare = occupancy.residentsInCare(homeIds, today);
        List<Long> all = inCare.values().stream().flatMap(List::stream).toList();
        Set<Long> ready = new HashSet<>();
        Set<Long> pending = new HashSet<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<Long> chunk = new ArrayList<>(all.subList(i, Math.min(all.size(), i + CHUNK)));
            // one index range read of the residents' checks (a few each); the last per resident decides
            Map<Long, Boolean> latest = new HashMap<>();
            checks.resultsAmong(chunk).forEach(r -> latest.put((Long) r[0], (Boolean) r[1]));
            latest.forEach((id, isReady) -> { if (isReady) ready.add(id); });
            pending.addAll(verifications.pendingAmong(chunk));
        }
        Map<Long, Long> overdueVerifications = new HashMap<>();
        Map<Long, Long> overdueFollowUps = new HashMap<>();
        if (!inCare.isEmpty()) {
            verifications.overdueCountByHome(today, inCare.keySet())
                    .forEach(r -> overdueVerifications.put((Long) r[0], (Long) r[1]));
            followUps.openDueBeforeCountByHome(today.minusDays(settings.settings().getFollowupGraceDays()), inCare.keySet())
                    .forEach(r -> overdueFollowUps.put((Long) r[0], (Long) r[1]));
        }
        Map<Long, ReintegrationCounts> result = new HashMap<>();
        inCare.forEach((homeId, residents) -> {
            long r = residents.stream().filter(ready::contains).count();
            long p = residents.stream().filter(id -> !ready.contains(id) && pending.contains(id)).count();
            result.put(homeId, new ReintegrationCounts(homeId, residents.size() - r - p, p, r,
                    overdueVerifications.getOrDefault(homeId, 0L), overdueFollowUps.getOrDefault(homeId, 0L)));
        });
        return result;
    }
}
