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
import org.aashray.residents.intake.MatchQuery;
import org.aashray.residents.intake.PossibleMatch;
import org.aashray.residents.intake.ReturningSurvivors;
import org.aashray.residents.internal.Resident;

/** After intake: look again for an earlier stay of the same person and link it (never merge). */
class EarlierStayDialog extends Dialog {

    EarlierStayDialog(ReturningSurvivors returning, Resident r, Runnable afterLink) {
        setHeaderTitle(getTranslation("residents.matches.title"));
        setWidth("min(44rem, 95vw)");
        add(new Paragraph(getTranslation("residents.matches.help")));
        List<PossibleMatch> found = returning.possibleMatches(new MatchQuery(r.getName(), r.getAlias(), null,
                r.getBirthDate(), r.getOrigin(), null)).stream()
                .filter(m -> m.resident().id() != r.getId() && m.resident().admittedOn().isBefore(r.getAdmittedOn().plusDays(1)))
                .toList();
        if (found.isEmpty()) {
            add(new Paragraph(getTranslation("residents.matches.none")));
        }
        for (PossibleMatch m : found) {
            var e = m.resident();
            // the dialog has no field for the refusal: SaveAction shows it as a notification
            Button link = new Button(getTranslation("residents.matches.link"), click -> SaveAction.of(this).success(null)
                    .closing(this).then(afterLink).run(() -> returning.linkEarlierStay(r.getId(), e.id(), r.getVersion())));
            link.addThemeVariants(ButtonVariant.TERTIARY);
            HorizontalLayout line = new HorizontalLayout(new Span(PossibleMatches.line(this, e)), link);
            line.setAlignItems(FlexComponent.Alignment.CENTER);
            add(line);
        }
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()));
    }
}
