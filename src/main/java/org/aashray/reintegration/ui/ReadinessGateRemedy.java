package org.aashray.reintegration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Optional;
import org.aashray.placements.ExitReason;
import org.aashray.placements.ExitRemedy;
import org.aashray.placements.ExitRequest;
import org.aashray.reintegration.internal.GatedExits;
import org.aashray.reintegration.readiness.ReadinessService;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;

/**
 * When the readiness gate refused an exit in the bed board's exit dialog: the way to her reintegration tab (her
 * readiness check, the override there) and the override for that exit kind itself, right in the dialog. A
 * "repatriated" exit is recorded by completing the handover there: the dialog offers only the way to the tab.
 */
@org.springframework.stereotype.Component
class ReadinessGateRemedy implements ExitRemedy {

    private final ReadinessService readiness;
    private final CurrentUser currentUser;

    ReadinessGateRemedy(ReadinessService readiness, CurrentUser currentUser) {
        this.readiness = readiness;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> offer(ExitRequest refused, Runnable lifted) {
        ExitReason kind = refused.reason();
        // only the care manager records these exits, and only she may override the gate
        if (refused.date() == null || !currentUser.has(Role.CARE_MANAGER)) return Optional.empty();
        long residentId = refused.residentId();
        Div offer = new Div();
        offer.setId("readiness-gate-remedy");
        offer.addClassName("callout");
        Anchor tab = new Anchor("resident/" + residentId + "?tab=reintegration", offer.getTranslation("reintegration.gate.openTab"));
        tab.setId("readiness-gate-link");
        HorizontalLayout actions = new HorizontalLayout(tab);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        if (kind == ExitReason.REPATRIATED) {
            offer.add(new Paragraph(offer.getTranslation("reintegration.gate.handoverRemedy")), actions);
            return Optional.of(offer);
        }
        if (!GatedExits.gated(kind) || !readiness.gateStops(residentId, kind, refused.date())) return Optional.empty();
        Button override = new Button(offer.getTranslation("reintegration.override.button"),
                e -> new OverrideDialog(readiness, residentId, List.of(kind), lifted).open());
        override.setId("readiness-gate-override");
        override.addThemeVariants(ButtonVariant.ERROR);
        actions.addComponentAsFirst(override);
        offer.add(new Paragraph(offer.getTranslation("reintegration.gate.remedy")), actions);
        return Optional.of(offer);
    }
}
