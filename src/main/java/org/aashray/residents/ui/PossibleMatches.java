package org.aashray.residents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.aashray.residents.intake.Intake;
import org.aashray.residents.intake.MatchQuery;
import org.aashray.residents.intake.ReturningSurvivors;
import org.aashray.residents.matching.EarlierStayMatch;

/**
 * Earlier stays, in any home of the state, of possibly the same person, shown while intake is filled in: only the
 * home, district, years and case number. Reception ticks the one to ask about; the intake then asks that home's
 * care manager to confirm. Nothing is linked or merged until she does.
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
        removeClassName("callout");
        // a child admitted with her mother is a new person, not a returning one
        if (intake.getMotherId() != null) return;
        List<EarlierStayMatch> found = returning.possibleMatches(query);
        if (found.stream().noneMatch(m -> m.caseNumber().equals(intake.getEarlierCaseNumber()))) {
            intake.setEarlierCaseNumber(null); // the form changed: she no longer matches what was ticked
        }
        if (found.isEmpty()) return;
        addClassName("callout");
        add(new H3(getTranslation("residents.matches.title")), new Paragraph(getTranslation("residents.matches.help")));
        for (EarlierStayMatch m : found) {
            Checkbox ask = new Checkbox(line(this, m) + " · " + getTranslation("residents.matches.ask"));
            ask.setValue(m.caseNumber().equals(intake.getEarlierCaseNumber()));
            ask.addValueChangeListener(e -> {
                intake.setEarlierCaseNumber(e.getValue() ? m.caseNumber() : null);
                show(query);
            });
            ask.addClassName("match");
            add(new Div(ask));
        }
    }

    /** One possible earlier stay: home, district, years of stay, case number. */
    static String line(Component c, EarlierStayMatch m) {
        String years = m.toYear() == null ? c.getTranslation("residents.matches.since", m.fromYear())
                : m.toYear() == m.fromYear() ? String.valueOf(m.fromYear()) : m.fromYear() + "–" + m.toYear();
        return c.getTranslation("residents.matches.line", m.homeName(), m.district(), years, m.caseNumber());
    }
}
