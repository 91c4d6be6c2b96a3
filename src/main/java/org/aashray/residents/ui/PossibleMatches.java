package org.aashray.residents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.aashray.base.i18n.DateFormats;
import org.aashray.residents.ResidentSummary;
import org.aashray.residents.intake.Intake;
import org.aashray.residents.intake.MatchQuery;
import org.aashray.residents.intake.PossibleMatch;
import org.aashray.residents.intake.ReturningSurvivors;

/**
 * Earlier stays of possibly the same person, shown while intake is filled in. Staff tick the one that is her
 * (the intake then links it) or none; nothing is merged.
 */
class PossibleMatches extends Div {

    private final ReturningSurvivors returning;
    private final Intake intake;

    PossibleMatches(ReturningSurvivors returning, Intake intake) {
        this.returning = returning;
        this.intake = intake;
        setId("intake-matches");
    }

    void show(MatchQuery query) {
        removeAll();
        // a child admitted with her mother is a new person, not a returning one
        if (intake.getMotherId() != null) return;
        List<PossibleMatch> found = returning.possibleMatches(query);
        if (found.isEmpty()) return;
        addClassName("callout");
        add(new H3(getTranslation("residents.matches.title")), new Paragraph(getTranslation("residents.matches.help")));
        for (PossibleMatch m : found) {
            ResidentSummary r = m.resident();
            Checkbox same = new Checkbox(line(this, r)
                    + (m.sameDocument() ? " · " + getTranslation("residents.matches.sameDocument") : ""));
            same.setValue(Long.valueOf(r.id()).equals(intake.getEarlierStayId()));
            same.addValueChangeListener(e -> {
                intake.setEarlierStayId(e.getValue() ? r.id() : null);
                show(query);
            });
            same.addClassName("match");
            add(new Div(same));
        }
    }

    /** One possible earlier stay: name, case number, admission, status and origin. */
    static String line(Component c, ResidentSummary r) {
        return c.getTranslation("residents.matches.line", r.name(), r.caseNumber(), DateFormats.date(r.admittedOn()),
                Labels.label(c, r.status()), Labels.origin(c, r.origin()));
    }
}
