package org.aashray.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aashray.reports.figures.KnownHistory;
import org.aashray.reports.figures.ReportScope;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The dashboard of a home shows its readiness pipeline, overdue work and training rates, each chart with its table. */
@AashrayIntegrationTest
class DistrictDashboardViewTest extends SpringBrowserlessTest {

    @Autowired JdbcTemplate jdbc;

    private DistrictDashboardView open(long homeId) {
        DistrictDashboardView view = navigate(DistrictDashboardView.class);
        ReportScope home = view.scope.getListDataView().getItems().filter(s -> s.key().equals("home:" + homeId))
                .findFirst().orElseThrow();
        test(view.scope).selectItem(view.scope.getItemLabelGenerator().apply(home));
        return view;
    }

    /** Each table of the page by its title, as rows of cell text. */
    private Map<String, List<List<String>>> tables() {
        return find(TableGrid.class).all().stream().collect(Collectors.toMap(g -> g.getElement().getAttribute("aria-label"),
                g -> {
                    var grid = test(g);
                    List<List<String>> rows = new java.util.ArrayList<>();
                    for (int r = 0; r < grid.size(); r++) rows.add(grid.getRow(r));
                    return rows;
                }));
    }

    private List<String> table(String titleStart) {
        return tables().entrySet().stream().filter(e -> e.getKey().startsWith(titleStart)).findFirst().orElseThrow()
                .getValue().stream().map(r -> String.join(" | ", r)).toList();
    }

    private List<String> cards() {
        return find(Span.class).withClassName("figure").all().stream().map(s -> s.getText()).toList();
    }

    @Test
    @WithUserDetails("admin")
    void a_home_shows_its_pipeline_overdue_work_and_training_rates_with_a_chart_for_each() {
        KnownHistory h = new KnownHistory(jdbc);
        open(h.homeA);

        assertThat(find(Svg.class).all()).extracting(s -> s.getId().orElse(""))
                .containsExactly("utilisation-chart", "pipeline-chart", "training-chart");
        String pipelineSvg = find(Svg.class).id("pipeline-chart").getElement().getProperty("innerHTML");
        assertThat(pipelineSvg).startsWith("<svg").contains("Home verification pending", "Ready to go home");
        assertThat(table("Readiness pipeline on")).containsExactly("In care | 0", "Home verification pending | 1",
                "Ready to go home | 1", "Exited this month | 0");
        assertThat(table("Vocational training")).containsExactly("Completed the course | 4 | 50%",
                "Placed in a job or own enterprise 3 months after | 2 | 50%",
                "Placed in a job or own enterprise 6 months after | 2 | 100%");
        assertThat(table("Readiness and overdue work by home")).singleElement().asString()
                .endsWith("| 0 | 1 | 1 | 1 | 1");
        assertThat(table("Training by home")).singleElement().asString().endsWith("| 4 | 50% | 50% | 100%");
        assertThat(cards()).contains("50%");
    }

    /**
     * CSV, PDF and Excel asked for at once: the page polls until every one is offered, then stops polling. The
     * browser polls only while the UI's poll interval is set, so the loop stops as soon as the page turns it off.
     */
    @Test
    @WithUserDetails("official")
    void three_formats_asked_for_at_once_are_all_offered_and_then_the_page_stops_polling() throws Exception {
        DistrictDashboardView view = navigate(DistrictDashboardView.class);
        for (String format : List.of("csv", "pdf", "xlsx")) {
            test(find(com.vaadin.flow.component.button.Button.class).id("download-" + format)).click();
        }
        UI ui = UI.getCurrent();
        assertThat(ui.getPollInterval()).isPositive();
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(120).toNanos();
        while (ui.getPollInterval() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
        }
        assertThat(find(Anchor.class).all()).extracting(a -> a.getId().orElse(""))
                .contains("report-file-csv", "report-file-pdf", "report-file-xlsx");
        assertThat(view.jobs.getElement().getTextRecursively()).doesNotContain("Preparing");
        assertThat(ui.getPollInterval()).as("polling off once nothing is pending").isNegative();
    }

    @Test
    @WithUserDetails("official")
    void an_official_sees_the_small_counts_of_a_home_as_less_than_five() {
        KnownHistory h = new KnownHistory(jdbc);
        open(h.homeA);

        assertThat(find(Svg.class).all()).hasSize(3);
        assertThat(table("Readiness pipeline on")).containsExactly("In care | 0", "Home verification pending | <5",
                "Ready to go home | <5", "Exited this month | 0");
        assertThat(table("Vocational training")).first().isEqualTo("Completed the course | <5 | —");
        assertThat(table("Readiness and overdue work by home")).singleElement().asString()
                .endsWith("| 0 | <5 | <5 | <5 | <5");
        assertThat(cards()).contains("<5").doesNotContain("50%");
        // the suppressed bars are not drawn, so the chart carries no number the table hides
        String pipelineSvg = find(Svg.class).id("pipeline-chart").getElement().getProperty("innerHTML");
        assertThat(pipelineSvg).doesNotContain("Report resident");
    }

    @Test
    @WithUserDetails("admin")
    void another_month_shows_its_own_rows_and_chart_in_the_same_tables() {
        KnownHistory h = new KnownHistory(jdbc);
        DistrictDashboardView view = open(h.homeA);
        List<TableGrid> grids = find(TableGrid.class).all();
        List<String> months = table("Month by month");
        String chart = find(Svg.class).id("utilisation-chart").getElement().getProperty("innerHTML");
        java.time.YearMonth earlier = view.month.getValue().minusMonths(3);

        test(view.month).selectItem(view.month.getItemLabelGenerator().apply(earlier));

        // the twelve months now end three months earlier, in the tables that were already there
        assertThat(find(TableGrid.class).all()).containsExactlyElementsOf(grids);
        List<String> shifted = table("Month by month");
        assertThat(shifted).hasSize(12).isNotEqualTo(months);
        assertThat(shifted.subList(3, 12)).isEqualTo(months.subList(0, 9));
        assertThat(find(Svg.class).id("utilisation-chart").getElement().getProperty("innerHTML")).isNotEqualTo(chart);
        assertThat(find(Svg.class).all()).hasSize(3);
    }
}
