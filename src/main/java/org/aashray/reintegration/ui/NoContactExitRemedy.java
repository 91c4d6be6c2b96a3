package org.aashray.reintegration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import org.aashray.placements.ExitRemedy;
import org.aashray.placements.ExitRequest;
import org.aashray.reintegration.nocontact.NoContactGate;
import org.aashray.reintegration.nocontact.NoContactStep;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;

/** When the person she is released to matches her no-contact list: the care manager's override, in the exit dialog. */
@org.springframework.stereotype.Component
class NoContactExitRemedy implements ExitRemedy {

    private final NoContactGate gate;
    private final CurrentUser currentUser;

    NoContactExitRemedy(NoContactGate gate, CurrentUser currentUser) {
        this.gate = gate;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> offer(ExitRequest refused, Runnable lifted) {
        if (refused.reason() == null || !refused.reason().needsDestination()) return Optional.empty();
        if (!currentUser.has(Role.CARE_MANAGER)) return Optional.empty();
        long residentId = refused.residentId();
        if (!gate.stops(residentId, NoContactStep.EXIT, NoContactGate.recorded(refused))) return Optional.empty();
        Div offer = new Div();
        offer.setId("no-contact-exit-remedy");
        offer.addClassName("callout");
        Button override = new Button(offer.getTranslation("reintegration.noContact.overrideButton"),
                e -> new NoContactOverrideDialog(reason -> gate.override(residentId, NoContactStep.EXIT, reason), lifted).open());
        override.setId("no-contact-exit-override");
        override.addThemeVariants(ButtonVariant.ERROR);
        offer.add(new Paragraph(offer.getTranslation("reintegration.noContact.remedy")), override);
        return Optional.of(offer);
    }
}
