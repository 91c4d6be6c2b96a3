package org.aashray.reintegration.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.aashray.reintegration.followup.FollowUp;
import org.aashray.reintegration.followup.FollowUpRepository;
import org.aashray.reintegration.repatriation.RepatriationRepository;
import org.aashray.reintegration.verification.VerificationRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is due across the sub-features, for the workspace and for the feature's deadlines (which hand it to alerts
 * as {@link DueAlerts}). Each is a range query on an indexed (status, due date) pair, scoped to the caller's homes (all homes
 * when the application itself asks, e.g. a scheduled job under {@code SystemAuthentication}).
 */
@Service
public class ReintegrationDueItems {

    private final VerificationRepository verifications;
    private final FollowUpRepository followUps;
    private final RepatriationRepository repatriations;
    private final ReintegrationSettingsService settings;
    private final ReintegrationAccess access;
    private final Clock clock;

    public ReintegrationDueItems(VerificationRepository verifications, FollowUpRepository followUps,
                          RepatriationRepository repatriations, ReintegrationSettingsService settings,
                          ReintegrationAccess access, Clock clock) {
        this.verifications = verifications;
        this.followUps = followUps;
        this.repatriations = repatriations;
        this.settings = settings;
        this.access = access;
        this.clock = clock;
    }

    /** Pending home verifications whose due date has passed. */
    @PreAuthorize(ReintegrationAccess.READ)
    @Transactional(readOnly = true)
    public List<DueItem> overdueVerifications() {
        return verifications.overdue(today(), access.isSystem(), access.homes()).stream()
                .map(v -> new DueItem(DueItem.Kind.VERIFICATION_OVERDUE, v.getId(), v.getResidentId(), v.getHomeId(),
                        v.getDueOn(), v.assignee())).toList();
    }

    /** Open follow-ups due within the grace period either side of today (coming up, or due and not yet late). */
    @PreAuthorize(ReintegrationAccess.READ)
    @Transactional(readOnly = true)
    public List<DueItem> followUpsDue() {
        int grace = settings.settings().getFollowupGraceDays();
        LocalDate today = today();
        return followUps.openDueBetween(today.minusDays(grace), today.plusDays(grace), access.isSystem(), access.homes())
                .stream().map(f -> item(DueItem.Kind.FOLLOW_UP_DUE, f)).toList();
    }

    /** Open follow-ups more than the grace period past their due date: missed, visible until done or closed. */
    @PreAuthorize(ReintegrationAccess.READ)
    @Transactional(readOnly = true)
    public List<DueItem> overdueFollowUps() {
        int grace = settings.settings().getFollowupGraceDays();
        return followUps.openDueBefore(today().minusDays(grace), access.isSystem(), access.homes())
                .stream().map(f -> item(DueItem.Kind.FOLLOW_UP_OVERDUE, f)).toList();
    }

    /** Travel permits of open repatriations that expire within the configured number of days (or have expired). */
    @PreAuthorize(ReintegrationAccess.READ)
    @Transactional(readOnly = true)
    public List<DueItem> expiringPermits() {
        return expiringPermits(settings.settings().getPermitWarningDays());
    }

    @PreAuthorize(ReintegrationAccess.READ)
    @Transactional(readOnly = true)
    public List<DueItem> expiringPermits(int withinDays) {
        return repatriations.permitsExpiringBy(today().plusDays(withinDays), access.isSystem(), access.homes()).stream()
                .map(r -> new DueItem(DueItem.Kind.PERMIT_EXPIRING, r.getId(), r.getResidentId(), r.getHomeId(),
                        r.getPermitExpiresOn(), r.getReceivingOrganisation())).toList();
    }

    /** Follow-ups that raised a concern nobody has closed yet: re-referral needed. */
    @PreAuthorize(ReintegrationAccess.READ)
    @Transactional(readOnly = true)
    public List<DueItem> openConcerns() {
        return followUps.openConcerns(access.isSystem(), access.homes()).stream()
                .map(f -> new DueItem(DueItem.Kind.FOLLOW_UP_CONCERN, f.getId(), f.getResidentId(), f.getHomeId(),
                        f.getDoneOn(), f.getRecordedBy())).toList();
    }

    // For the alert rules, which the application runs by itself: all homes, judged against the rule's horizon
    // (today plus its lead time) rather than the clock, so a run after downtime or at a given instant is exact.

    /** Pending home verifications due on or before {@code by}. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public List<DueItem> verificationsDueBy(LocalDate by) {
        return verifications.overdue(by.plusDays(1), true, Set.of(-1L)).stream()
                .map(v -> new DueItem(DueItem.Kind.VERIFICATION_OVERDUE, v.getId(), v.getResidentId(), v.getHomeId(),
                        v.getDueOn(), v.assignee())).toList();
    }

    /** Open follow-ups whose grace period ends on or before {@code by}; {@code dueOn} is the follow-up's own date. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public List<DueItem> followUpsLateBy(LocalDate by) {
        int grace = followUpGraceDays();
        return followUps.openDueBefore(by.minusDays(grace).plusDays(1), true, Set.of(-1L))
                .stream().map(f -> item(DueItem.Kind.FOLLOW_UP_OVERDUE, f)).toList();
    }

    /** Days after its date before a follow-up counts as missed (ADMIN's reintegration settings). */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public int followUpGraceDays() {
        return settings.settings().getFollowupGraceDays();
    }

    /** Travel permits of open repatriations expiring on or before {@code by}. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public List<DueItem> permitsExpiringBy(LocalDate by) {
        return repatriations.permitsExpiringBy(by, true, Set.of(-1L)).stream()
                .map(r -> new DueItem(DueItem.Kind.PERMIT_EXPIRING, r.getId(), r.getResidentId(), r.getHomeId(),
                        r.getPermitExpiresOn(), null)).toList();
    }

    private static DueItem item(DueItem.Kind kind, FollowUp f) {
        return new DueItem(kind, f.getId(), f.getResidentId(), f.getHomeId(), f.getDueOn(), null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
