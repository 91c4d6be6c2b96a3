package org.aashray.reintegration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import org.aashray.base.ValidationException;
import org.aashray.reintegration.nocontact.NoContactGate;

/**
 * Under the field a save was refused on because it matches her no-contact list: the care manager's override (the
 * refusal's wording says whether the caller may give one; others read "ask the care manager" and get no button).
 * Once recorded, it says to save again.
 */
class NoContactOffer extends Div {

    private final Consumer<String> override;

    NoContactOffer(String id, Consumer<String> override) {
        this.override = override;
        setId(id);
        getElement().setAttribute("aria-live", "polite");
        setVisible(false);
    }

    /** Runs the save; when her no-contact list refused it and the caller may lift that, offers the override. */
    void guard(Runnable save) {
        removeAll();
        setVisible(false);
        try {
            save.run();
        } catch (ValidationException e) {
            if (NoContactGate.offersOverride(e)) offer();
            throw e;
        }
    }

    private void offer() {
        Button button = new Button(getTranslation("reintegration.noContact.overrideButton"),
                e -> new NoContactOverrideDialog(override, this::lifted).open());
        button.setId(getId().orElse("no-contact") + "-override");
        button.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.SMALL);
        add(new Paragraph(getTranslation("reintegration.noContact.remedy")), button);
        addClassName("callout");
        setVisible(true);
    }

    private void lifted() {
        removeAll();
        Paragraph done = new Paragraph(getTranslation("reintegration.noContact.overrideDone"));
        done.setId(getId().orElse("no-contact") + "-done");
        add(done);
    }
}
