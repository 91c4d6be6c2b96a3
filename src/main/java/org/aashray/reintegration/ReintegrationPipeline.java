package org.aashray.reintegration;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where residents in care stand on the way home: in care, verification pending, or ready (latest check). */
@Service
public class ReintegrationPipeline {

    public enum Stage { IN_CARE, VERIFICATION_PENDING, READY }

    private final VerificationRepository verifications;
    private final ReadinessCheckRepository checks;
    private final ReintegrationAccess access;

    ReintegrationPipeline(VerificationRepository verifications, ReadinessCheckRepository checks, ReintegrationAccess access) {
        this.verifications = verifications;
        this.checks = checks;
        this.access = access;
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
}
