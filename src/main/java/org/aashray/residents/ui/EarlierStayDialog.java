package org.aashray.residents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.aashray.base.ui.SaveAction;
import org.aashray.residents.intake.ReturningSurvivors;
import org.aashray.residents.internal.Resident;
import org.aashray.residents.matching.EarlierStayMatch;
import org.aashray.residents.matching.ReturnConfirmations;

/** After intake: look again, in every home, for an earlier stay of the same person, and ask that home to confirm. */
class EarlierStayDialog extends Dialog {

    EarlierStayDialog(ReturningSurvivors returning, ReturnConfirmations confirmations, Resident r, Runnable afterAsking) {
        setHeaderTitle(getTranslation("residents.matches.title"));
        setWidth("min(44rem, 95vw)");
        add(new Paragraph(getTranslation("residents.matches.help")));
        List<EarlierStayMatch> found = returning.possibleMatchesFor(r.getId());
        if (found.isEmpty()) {
            add(new Paragraph(getTranslation("residents.matches.none")));
        }
        for (EarlierStayMatch m : found) {
            // the dialog has no field for the refusal: SaveAction shows it as a notification
            Button ask = new Button(getTranslation("residents.matches.ask"), click -> SaveAction.of(this)
                    .success("residents.matches.asked", m.homeName()).closing(this).then(afterAsking)
                    .run(() -> confirmations.ask(r.getId(), m.caseNumber())));
            ask.addThemeVariants(ButtonVariant.TERTIARY);
            ask.addClassName("ask-earlier-home");
            HorizontalLayout line = new HorizontalLayout(new Span(PossibleMatches.line(this, m)), ask);
            line.setAlignItems(FlexComponent.Alignment.CENTER);
            add(line);
        }
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()));
    }
}
