package org.aashray.reintegration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Optional;
import org.aashray.placements.ExitReason;
import org.aashray.placements.ExitRemedy;
import org.aashray.placements.ExitRequest;
import org.aashray.reintegration.readiness.ReadinessService;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;

/**
 * When the readiness gate refused "restored to family" in the bed board's exit dialog: the way to her reintegration
 * tab (her readiness check, the override there) and the override itself, right in the dialog.
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
        if (refused.reason() != ExitReason.RESTORED_TO_FAMILY || refused.date() == null) return Optional.empty();
        // only the care manager records a restoration, and only she may override the gate
        if (!currentUser.has(Role.CARE_MANAGER)) return Optional.empty();
        long residentId = refused.residentId();
        if (!readiness.gateStops(residentId, refused.date())) return Optional.empty();
        Div offer = new Div();
        offer.setId("readiness-gate-remedy");
        offer.addClassName("callout");
        Anchor tab = new Anchor("resident/" + residentId + "?tab=reintegration", offer.getTranslation("reintegration.gate.openTab"));
        tab.setId("readiness-gate-link");
        HorizontalLayout actions = new HorizontalLayout(tab);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        Button override = new Button(offer.getTranslation("reintegration.override.button"),
                e -> new OverrideDialog(readiness, residentId, lifted).open());
        override.setId("readiness-gate-override");
        override.addThemeVariants(ButtonVariant.ERROR);
        actions.addComponentAsFirst(override);
        offer.add(new Paragraph(offer.getTranslation("reintegration.gate.remedy")), actions);
        return Optional.of(offer);
    }
}
