package org.aashray.residents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.base.ui.Notifications;
import org.aashray.residents.MatchQuery;
import org.aashray.residents.PossibleMatch;
import org.aashray.residents.Resident;
import org.aashray.residents.ResidentService;

/** After intake: look again for an earlier stay of the same person and link it (never merge). */
class EarlierStayDialog extends Dialog {

    EarlierStayDialog(ResidentService residents, Resident r, Runnable afterLink) {
        setHeaderTitle(getTranslation("residents.matches.title"));
        setWidth("min(44rem, 95vw)");
        add(new Paragraph(getTranslation("residents.matches.help")));
        List<PossibleMatch> found = residents.possibleMatches(new MatchQuery(r.getName(), r.getAlias(), null,
                r.getBirthDate(), r.getOrigin(), null)).stream()
                .filter(m -> m.resident().id() != r.getId() && m.resident().admittedOn().isBefore(r.getAdmittedOn().plusDays(1)))
                .toList();
        if (found.isEmpty()) {
            add(new Paragraph(getTranslation("residents.matches.none")));
        }
        for (PossibleMatch m : found) {
            var e = m.resident();
            Button link = new Button(getTranslation("residents.matches.link"), click -> {
                try {
                    residents.linkEarlierStay(r.getId(), e.id(), r.getVersion());
                    close();
                    afterLink.run();
                } catch (ValidationException ex) {
                    Notifications.error(getTranslation(ex.errors().getFirst().messageKey()));
                } catch (ConcurrentEditException ex) {
                    Notifications.error(getTranslation("common.concurrentEdit"));
                }
            });
            link.addThemeVariants(ButtonVariant.TERTIARY);
            HorizontalLayout line = new HorizontalLayout(new Span(getTranslation("residents.matches.line", e.name(),
                    e.caseNumber(), Texts.date(e.admittedOn()), Texts.label(this, e.status()), Texts.origin(this, e.origin()))), link);
            line.setAlignItems(FlexComponent.Alignment.CENTER);
            add(line);
        }
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()));
    }
}
