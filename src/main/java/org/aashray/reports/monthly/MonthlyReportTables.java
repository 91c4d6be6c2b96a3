package org.aashray.reports.monthly;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aashray.base.i18n.DateFormats;
import org.aashray.placements.ExitReason;
import org.aashray.reports.figures.DistrictFigures;
import org.aashray.reports.figures.HomeRow;
import org.aashray.reports.figures.HomeWorkRow;
import org.aashray.reports.figures.MonthPoint;
import org.aashray.reports.figures.Pipeline;
import org.aashray.reports.figures.TrainingRates;
import org.aashray.reports.figures.TypeRow;
import org.springframework.stereotype.Component;

/** Turns the figures into the report's tables, in the reader's language. */
@Component
public class MonthlyReportTables {

    private final I18NProvider i18n;

    MonthlyReportTables(I18NProvider i18n) {
        this.i18n = i18n;
    }

    String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    public List<ReportTable> tables(DistrictFigures f, Locale locale) {
        List<ReportTable> tables = new ArrayList<>();
        tables.add(new ReportTable(t(locale, "reports.summary"), List.of(t(locale, "reports.figure"), t(locale, "reports.value")), List.of(
                List.of(t(locale, "reports.homes"), Long.toString(f.homes())),
                List.of(t(locale, "reports.beds"), Long.toString(f.beds())),
                List.of(t(locale, "reports.occupied"), f.occupied().text()),
                List.of(t(locale, "reports.utilisation"), f.utilisation()),
                List.of(t(locale, "reports.admissions"), f.admissions().text()),
                List.of(t(locale, "reports.exits"), f.exits().text()),
                List.of(t(locale, "reports.averageStay"), f.averageStayDays()),
                List.of(t(locale, "reports.medianStay"), f.medianStayDays()),
                List.of(t(locale, "reports.overStayLimit"), f.overStayLimit().text()),
                List.of(t(locale, "reports.overdueInspectionActions"), f.overdueInspectionActions().text()),
                List.of(t(locale, "reports.overdueVerifications"), f.overdueVerifications().text()),
                List.of(t(locale, "reports.overdueFollowUps"), f.overdueFollowUps().text()),
                List.of(t(locale, "reports.trainingCompletion"), f.training().completionRate()),
                List.of(t(locale, "reports.confirmedReturns"), f.confirmedReturns().text()))));

        List<List<String>> homeRows = new ArrayList<>();
        for (HomeRow h : f.homeRows()) {
            homeRows.add(List.of(h.code(), h.name(), t(locale, "homeType." + h.type()), Long.toString(h.beds()),
                    h.occupied().text(), h.utilisation(), h.overStayLimit().text()));
        }
        tables.add(new ReportTable(t(locale, "reports.byHome"), List.of(t(locale, "reports.code"), t(locale, "reports.home"),
                t(locale, "reports.type"), t(locale, "reports.beds"), t(locale, "reports.occupied"),
                t(locale, "reports.utilisation"), t(locale, "reports.overStayLimit")), homeRows));

        List<List<String>> typeRows = new ArrayList<>();
        for (TypeRow r : f.typeRows()) {
            typeRows.add(List.of(t(locale, "homeType." + r.type()), Long.toString(r.homes()), Long.toString(r.beds()),
                    r.occupied().text(), r.utilisation()));
        }
        typeRows.add(List.of(t(locale, "reports.total"), Long.toString(f.homes()), Long.toString(f.beds()),
                f.occupied().text(), f.utilisation()));
        tables.add(new ReportTable(t(locale, "reports.byType"), List.of(t(locale, "reports.type"), t(locale, "reports.homes"),
                t(locale, "reports.beds"), t(locale, "reports.occupied"), t(locale, "reports.utilisation")), typeRows));

        List<List<String>> exitRows = new ArrayList<>();
        for (ExitReason reason : ExitReason.values()) {
            exitRows.add(List.of(t(locale, "reports.exitReason." + reason), f.exitsByReason().get(reason).text()));
        }
        exitRows.add(List.of(t(locale, "reports.total"), f.exits().text()));
        tables.add(new ReportTable(t(locale, "reports.exitsByReason"), List.of(t(locale, "reports.reason"),
                t(locale, "reports.exits")), exitRows));

        List<List<String>> monthRows = new ArrayList<>();
        for (MonthPoint p : f.last12Months()) {
            monthRows.add(List.of(DateFormats.month(p.month(), locale), String.format(Locale.ROOT, "%.1f%%", p.utilisationPercent()),
                    p.admissions().text(), p.exits().text()));
        }
        tables.add(new ReportTable(t(locale, "reports.last12Months"), List.of(t(locale, "reports.month"),
                t(locale, "reports.utilisation"), t(locale, "reports.admissions"), t(locale, "reports.exits")), monthRows,
                ReportCharts.Kind.UTILISATION));

        Pipeline p = f.pipeline();
        String today = DateFormats.date(p.on(), locale);
        tables.add(new ReportTable(t(locale, "reports.pipeline", today), List.of(t(locale, "reports.stage"),
                t(locale, "reports.residents")), List.of(
                List.of(t(locale, "reports.stage.IN_CARE"), p.inCare().text()),
                List.of(t(locale, "reports.stage.VERIFICATION_PENDING"), p.verificationPending().text()),
                List.of(t(locale, "reports.stage.READY"), p.ready().text()),
                List.of(t(locale, "reports.stage.EXITED"), p.exited().text())), ReportCharts.Kind.PIPELINE));

        List<List<String>> trainingRows = new ArrayList<>();
        trainingRows.add(List.of(t(locale, "reports.completion"), f.training().finished().text(), f.training().completionRate()));
        for (TrainingRates.PlacementRate r : f.training().placement()) {
            trainingRows.add(List.of(t(locale, "reports.placedAt", r.months()), r.due().text(), r.rate()));
        }
        tables.add(new ReportTable(t(locale, "reports.training"), List.of(t(locale, "reports.figure"),
                t(locale, "reports.trainees"), t(locale, "reports.rate")), trainingRows, ReportCharts.Kind.TRAINING));

        List<List<String>> workRows = new ArrayList<>();
        List<List<String>> trainingByHome = new ArrayList<>();
        for (HomeWorkRow w : f.workRows()) {
            workRows.add(List.of(w.code(), w.name(), w.inCare().text(), w.verificationPending().text(), w.ready().text(),
                    w.overdueVerifications().text(), w.overdueFollowUps().text()));
            List<String> row = new ArrayList<>(List.of(w.code(), w.name(), w.trainees().text(), w.completionRate()));
            row.addAll(w.placementRates());
            trainingByHome.add(row);
        }
        tables.add(new ReportTable(t(locale, "reports.workByHome", today), List.of(t(locale, "reports.code"),
                t(locale, "reports.home"), t(locale, "reports.stage.IN_CARE"), t(locale, "reports.stage.VERIFICATION_PENDING"),
                t(locale, "reports.stage.READY"), t(locale, "reports.overdueVerifications"), t(locale, "reports.overdueFollowUps")),
                workRows));
        List<String> trainingHeaders = new ArrayList<>(List.of(t(locale, "reports.code"), t(locale, "reports.home"),
                t(locale, "reports.trainees"), t(locale, "reports.completion")));
        f.training().placement().forEach(r -> trainingHeaders.add(t(locale, "reports.placedAtShort", r.months())));
        tables.add(new ReportTable(t(locale, "reports.trainingByHome"), trainingHeaders, trainingByHome));
        return tables;
    }

    public String title(DistrictFigures f, Locale locale) {
        return t(locale, "reports.monthlyTitle", DateFormats.month(f.month(), locale));
    }
}
