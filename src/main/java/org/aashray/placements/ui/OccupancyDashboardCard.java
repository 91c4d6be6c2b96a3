package org.aashray.placements.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.aashray.homes.HomeDashboardCard;
import org.aashray.homes.HomeSummary;
import org.aashray.placements.OccupancyFigures;
import org.aashray.placements.OccupancyService;
import org.aashray.placements.board.BedBoardService;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;

/** Occupancy and absconding emergencies on each home's dashboard card, with a link to the bed board. */
@org.springframework.stereotype.Component
class OccupancyDashboardCard implements HomeDashboardCard {

    private final OccupancyService occupancy;
    private final BedBoardService boards;
    private final CurrentUser currentUser;
    private final Clock clock;

    OccupancyDashboardCard(OccupancyService occupancy, BedBoardService boards, CurrentUser currentUser, Clock clock) {
        this.occupancy = occupancy;
        this.boards = boards;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public Optional<Component> lines(HomeSummary home) {
        if (!(currentUser.has(Role.RECEPTION) || currentUser.has(Role.CARE_MANAGER) || currentUser.has(Role.COUNSELLOR)
                || currentUser.has(Role.MEDICAL) || currentUser.has(Role.TRAINER))) {
            return Optional.empty();
        }
        Div lines = new Div();
        lines.setId("occupancy-card-" + home.code());
        long emergencies = boards.openEmergencies(home.id());
        if (emergencies > 0) {
            Paragraph alarm = new Paragraph(lines.getTranslation("placements.dashboard.emergencies", emergencies));
            alarm.getStyle().set("background", "#fde7e9").set("color", "#5c0011").set("border", "2px solid #b00020")
                    .set("padding", "0.25rem 0.5rem").set("font-weight", "700").set("border-radius", "6px");
            alarm.addClassName("placements-emergency");
            lines.add(alarm);
        }
        OccupancyFigures f = occupancy.occupancy(Set.of(home.id()), LocalDate.now(clock));
        lines.add(new Paragraph(lines.getTranslation("placements.dashboard.occupied", f.occupied(), f.beds(), f.utilisationPercent())),
                new Paragraph(lines.getTranslation("placements.dashboard.overLimit", f.overStayLimit())),
                new RouterLink(lines.getTranslation("nav.bedBoard"), BedBoardView.class),
                new Paragraph(), new RouterLink(lines.getTranslation("nav.occupancy"), OccupancyView.class));
        return Optional.of(lines);
    }
}
