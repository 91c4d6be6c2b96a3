package org.aashray.reintegration.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.aashray.homes.HomeService;
import org.aashray.placements.ExitReason;
import org.aashray.placements.ExitRequest;
import org.aashray.placements.PlacementService;
import org.aashray.reintegration.readiness.Answer;
import org.aashray.reintegration.readiness.ReadinessItem;
import org.aashray.reintegration.readiness.ReadinessItemAnswer;
import org.aashray.reintegration.readiness.ReadinessService;
import org.aashray.reintegration.repatriation.Country;
import org.aashray.reintegration.repatriation.Repatriation;
import org.aashray.reintegration.repatriation.RepatriationService;
import org.aashray.reintegration.verification.DestinationKind;
import org.aashray.reintegration.verification.HomeVerification;
import org.aashray.reintegration.verification.Recommendation;
import org.aashray.reintegration.verification.VerificationRepository;
import org.aashray.reintegration.verification.VerificationRequest;
import org.aashray.reintegration.verification.VerificationService;
import org.aashray.reintegration.verification.VerificationVisit;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentFilter;
import org.aashray.residents.ResidentStatus;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo reintegration work in SUN-T, once: a verification assigned to the counsellor (to record), one overdue,
 * a resident with a safe verification and a ready check (the care manager can restore her from the bed
 * board), one not ready (to try the gate and the override), and a resident restored earlier with her
 * follow-ups, plus a repatriation to Bangladesh whose travel permit expires soon.
 */
@Component
@Profile("demo")
@Order(40)
class DemoReintegration implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReintegration.class);

    private final VerificationService verifications;
    private final ReadinessService readiness;
    private final RepatriationService repatriations;
    private final PlacementService placements;
    private final ResidentDirectory directory;
    private final HomeService homes;
    private final VerificationRepository verificationRepo;
    private final Clock clock;

    DemoReintegration(VerificationService verifications, ReadinessService readiness, RepatriationService repatriations,
                      PlacementService placements, ResidentDirectory directory, HomeService homes,
                      VerificationRepository verificationRepo, Clock clock) {
        this.verifications = verifications;
        this.readiness = readiness;
        this.repatriations = repatriations;
        this.placements = placements;
        this.directory = directory;
        this.homes = homes;
        this.verificationRepo = verificationRepo;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.run(this::seedOnce);
    }

    void seedOnce() {
        if (verificationRepo.count() > 0) return;
        Long homeId = homes.accessibleHomes().stream().filter(h -> h.code().equals("SUN-T")).map(h -> h.id()).findFirst().orElse(null);
        if (homeId == null) return;
        List<ResidentSummary> placed = directory.search(new ResidentFilter(null, null, homeId, ResidentStatus.IN_RESIDENCE,
                null, null, null), PageRequest.of(0, 40)).stream()
                .filter(r -> !r.minor() && r.motherId() == null && placements.current(r.id()).isPresent()).limit(5).toList();
        if (placed.size() < 5) {
            log.info("Demo reintegration skipped: fewer than 5 placed residents in SUN-T");
            return;
        }
        LocalDate today = LocalDate.now(clock);
        verifications.request(new VerificationRequest(placed.get(0).id(), DestinationKind.FAMILY,
                "Mother's house, Gosaba, South 24 Parganas", "Mother", "counsellor", null, null));
        verifications.request(new VerificationRequest(placed.get(1).id(), DestinationKind.GUARDIAN,
                "Aunt's house, Basirhat", "Aunt", null, "Partner NGO Basirhat", today));
        ready(placed.get(2).id(), today);
        ready(placed.get(3).id(), today, ReadinessItem.SAFETY_PLAN);
        ResidentSummary restored = placed.get(4);
        ready(restored.id(), today);
        var p = placements.current(restored.id()).orElseThrow();
        LocalDate exitOn = today.minusDays(40).isBefore(p.startDate()) ? p.startDate() : today.minusDays(40);
        placements.exit(ExitRequest.of(restored.id(), p.id(), p.version(), exitOn, ExitReason.RESTORED_TO_FAMILY,
                "Father's house, Canning", "CWC/REL/DEMO/1", null));
        Repatriation r = repatriations.start(placed.get(1).id(), Country.BD);
        r.setNationalityRequestedOn(today.minusDays(60));
        r.setNationalityReceivedOn(today.minusDays(20));
        r.setPermitNumber("TP-BD-DEMO-7");
        r.setPermitIssuedOn(today.minusDays(10));
        r.setPermitExpiresOn(today.plusDays(12));
        r.setEscort("Women constable, AHTU South 24 Parganas");
        r.setHandoverPlace("Petrapole-Benapole");
        r.setReceivingOrganisation("Partner shelter, Jessore");
        repatriations.save(r.getId(), r, false);
        log.info("Demo reintegration seeded");
    }

    private void ready(long residentId, LocalDate today, ReadinessItem... notMet) {
        HomeVerification v = verifications.request(new VerificationRequest(residentId, DestinationKind.FAMILY,
                "Family home, Namkhana", "Mother", "counsellor", null, null));
        verifications.record(v.getId(), v.getVersion(), new VerificationVisit(today, "Mother and uncle",
                "Mother, uncle, two younger brothers", "Mother sells vegetables; small income", false, null, "None",
                "Supportive; the school teacher knows the family", "Tailoring centre in the block",
                "Agent's relatives in the next village", Recommendation.SAFE_WITH_CONDITIONS,
                "Family supportive and not involved; monthly visits by the partner NGO"));
        readiness.record(residentId, Arrays.stream(ReadinessItem.values()).map(i -> new ReadinessItemAnswer(i,
                Arrays.asList(notMet).contains(i) ? Answer.NOT_MET : Answer.MET, "Demo")).toList());
    }
}
