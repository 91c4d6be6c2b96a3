package org.aashray.counselling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.aashray.base.charts.ChartStyle;
import org.aashray.base.charts.ChartSvg;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.EmptyState;
import org.aashray.counselling.CounsellingService;
import org.aashray.counselling.SessionSummary;
import org.aashray.counselling.records.ScorePoint;
import org.aashray.counselling.records.SessionRecordService;
import org.aashray.residents.ResidentProfileSection;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;

/** The resident profile's counselling tab: her sessions; for counsellors also her assessment scores as chart and table. */
@org.springframework.stereotype.Component
class CounsellingSection implements ResidentProfileSection {

    private final CounsellingService counselling;
    private final SessionRecordService records;
    private final CurrentUser currentUser;

    CounsellingSection(CounsellingService counselling, SessionRecordService records, CurrentUser currentUser) {
        this.counselling = counselling;
        this.records = records;
        this.currentUser = currentUser;
    }

    @Override public String key() { return "counselling"; }
    @Override public String titleKey() { return "counselling.tab"; }
    @Override public int order() { return 60; }

    @Override
    public boolean isVisible() {
        return currentUser.has(Role.COUNSELLOR) || currentUser.has(Role.CARE_MANAGER);
    }

    @Override
    public Component create(ResidentSummary resident) {
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        tab.setId("counselling-tab");
        Anchor calendar = new Anchor("counselling?resident=" + resident.id(), tab.getTranslation("counselling.tab.calendar"));
        calendar.setId("counselling-tab-calendar");
        tab.add(calendar);
        Grid<SessionSummary> sessions = new Grid<>();
        sessions.setId("counselling-tab-sessions");
        sessions.addColumn(s -> DateFormats.date(s.start().toLocalDate())).setHeader(tab.getTranslation("counselling.session.date"))
                .setAutoWidth(true);
        sessions.addColumn(s -> tab.getTranslation("counselling.kind." + s.kind())).setHeader(tab.getTranslation("counselling.session.kind"));
        sessions.addColumn(SessionSummary::counsellorName).setHeader(tab.getTranslation("counselling.counsellor"));
        sessions.addColumn(s -> s.attendance() == null ? tab.getTranslation("counselling.attendance.open")
                : tab.getTranslation("counselling.attendance." + s.attendance())).setHeader(tab.getTranslation("counselling.session.attendance"));
        sessions.setItems(q -> counselling.history(resident.id(), q.getOffset(), q.getLimit()).stream());
        sessions.setEmptyStateText(tab.getTranslation("counselling.tab.none"));
        sessions.setHeight("18rem");
        tab.add(sessions);
        if (currentUser.has(Role.COUNSELLOR)) {
            tab.add(new H3(tab.getTranslation("counselling.scores")));
            List<ScorePoint> scores = records.scores(resident.id());
            if (scores.isEmpty()) {
                tab.add(new EmptyState(tab.getTranslation("counselling.scores.none")));
            } else {
                tab.add(chart(tab, scores), table(tab, scores));
            }
        }
        return tab;
    }

    private Component chart(Component ctx, List<ScorePoint> scores) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String wellbeing = ctx.getTranslation("counselling.session.wellbeing");
        String phq9 = ctx.getTranslation("counselling.session.phq9");
        for (ScorePoint p : scores) {
            if (p.wellbeing() != null) data.addValue(p.wellbeing(), wellbeing, DateFormats.date(p.date()));
            if (p.phq9() != null) data.addValue(p.phq9(), phq9, DateFormats.date(p.date()));
        }
        JFreeChart chart = ChartStyle.apply(ChartFactory.createLineChart(ctx.getTranslation("counselling.scores.trend"),
                ctx.getTranslation("counselling.session.date"), ctx.getTranslation("counselling.scores.score"), data));
        Svg svg = new Svg(ChartSvg.toSvg(chart, 640, 280));
        svg.setId("score-chart");
        svg.addClassName("chart");
        return svg;
    }

    private Component table(Component ctx, List<ScorePoint> scores) {
        Grid<ScorePoint> grid = new Grid<>();
        grid.setId("score-table");
        grid.addColumn(p -> DateFormats.date(p.date())).setHeader(ctx.getTranslation("counselling.session.date"));
        grid.addColumn(p -> p.wellbeing() == null ? "–" : String.valueOf(p.wellbeing())).setHeader(ctx.getTranslation("counselling.session.wellbeing"));
        grid.addColumn(p -> p.phq9() == null ? "–" : String.valueOf(p.phq9())).setHeader(ctx.getTranslation("counselling.session.phq9"));
        grid.setItems(scores);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
