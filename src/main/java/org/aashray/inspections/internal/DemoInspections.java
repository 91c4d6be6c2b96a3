package org.aashray.inspections.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.inspections.Finding;
import org.aashray.inspections.FindingRating;
import org.aashray.inspections.InspectionArea;
import org.aashray.inspections.InspectionService;
import org.aashray.inspections.NewInspection;
import org.aashray.security.SystemAuthentication;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** One past inspection of the demo transit home, with an overdue and an open action item. */
@Component
@Profile("demo")
@Order(60)
class DemoInspections implements ApplicationRunner {

    private final InspectionService inspections;
    private final InspectionRepository repository;
    private final HomeService homes;
    private final Clock clock;

    DemoInspections(InspectionService inspections, InspectionRepository repository, HomeService homes, Clock clock) {
        this.inspections = inspections;
        this.repository = repository;
        this.homes = homes;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.run(() -> {
            if (repository.count() > 0) {
                return;
            }
            homes.accessibleHomes().stream().filter(h -> h.code().equals("SUN-T")).findFirst().ifPresent(this::seed);
        });
    }

    private void seed(HomeSummary home) {
        LocalDate today = LocalDate.now(clock);
        List<Finding> findings = new ArrayList<>();
        for (InspectionArea area : InspectionArea.values()) {
            findings.add(switch (area) {
                case HYGIENE -> new Finding(area, FindingRating.NEEDS_IMPROVEMENT, "Second-floor washroom needs repair (demo)");
                case RECORDS -> new Finding(area, FindingRating.UNSATISFACTORY, "Visitor register not signed on 3 days (demo)");
                default -> new Finding(area, FindingRating.SATISFACTORY, null);
            });
        }
        inspections.record(new NewInspection(home.id(), today.minusDays(20), "Demo DCPO, Demo inspection committee member",
                "Routine quarterly inspection (demo).", findings, List.of(
                        new NewInspection.NewAction("Have the visitor register signed at every entry and exit", "Superintendent",
                                today.minusDays(10)),
                        new NewInspection.NewAction("Repair the second-floor washroom", "Superintendent", today.plusDays(20)))));
    }
}
