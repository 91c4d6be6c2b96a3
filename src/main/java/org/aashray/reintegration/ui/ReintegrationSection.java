package org.aashray.reintegration.ui;

import java.time.Clock;
import org.aashray.reintegration.followup.FollowUpService;
import org.aashray.reintegration.readiness.ReadinessService;
import org.aashray.reintegration.repatriation.RepatriationService;
import org.aashray.reintegration.verification.VerificationService;
import org.aashray.residents.ResidentProfileSection;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.CurrentUser;
import org.aashray.security.HomeStaffDirectory;
import org.aashray.security.Role;

/** The resident profile's "Reintegration" tab, for counsellors and the care manager. */
@org.springframework.stereotype.Component
class ReintegrationSection implements ResidentProfileSection {

    private final ReadinessService readiness;
    private final VerificationService verifications;
    private final FollowUpService followUps;
    private final RepatriationService repatriations;
    private final HomeStaffDirectory staff;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReintegrationSection(ReadinessService readiness, VerificationService verifications, FollowUpService followUps,
                         RepatriationService repatriations, HomeStaffDirectory staff, CurrentUser currentUser, Clock clock) {
        this.readiness = readiness;
        this.verifications = verifications;
        this.followUps = followUps;
        this.repatriations = repatriations;
        this.staff = staff;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public String key() {
        return "reintegration";
    }

    @Override
    public String titleKey() {
        return "reintegration.tab";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public boolean isVisible() {
        return currentUser.has(Role.COUNSELLOR) || currentUser.has(Role.CARE_MANAGER);
    }

    @Override
    public com.vaadin.flow.component.Component create(ResidentSummary resident) {
        return new ReintegrationTab(resident, readiness, verifications, followUps, repatriations, staff,
                currentUser.has(Role.CARE_MANAGER), clock);
    }
}
