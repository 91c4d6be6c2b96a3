package org.aashray.reintegration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.aashray.homes.CurrentHome;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class ReintegrationViewTest extends SpringBrowserlessTest {

    @Autowired CurrentHome currentHome;
    @Autowired JdbcTemplate jdbc;
    @Autowired ReintegrationFixtures fx;

    ReintegrationView open(Locale locale) {
        UI.getCurrent().setLocale(locale);
        currentHome.select(jdbc.queryForObject("select id from homes where code = 'SUN-T'", Long.class));
        ReintegrationView view = navigate(ReintegrationView.class);
        roundTrip(); // the tab sheet attaches the selected tab's grid before its answer to the browser
        return view;
    }

    void showTab(int index) {
        find(TabSheet.class).single().setSelectedIndex(index);
        roundTrip();
    }

    /** What a cell shows: its text, or the text of the component (a link) in it. */
    static String shown(Grid<?> grid, int row, int column, SpringBrowserlessTest test) {
        var tester = test.test(grid);
        try {
            Component c = tester.getCellComponent(row, column);
            if (c != null) return c.getElement().getTextRecursively();
        } catch (RuntimeException notAComponentColumn) {
            // a text column
        }
        return tester.getCellText(row, column);
    }

    static List<String> headers(Grid<?> grid, SpringBrowserlessTest test) {
        List<String> headers = new ArrayList<>();
        for (int c = 0; c < grid.getColumns().size(); c++) headers.add(test.test(grid).getHeaderCell(c));
        return headers;
    }

    String caseNumber(long residentId) {
        return jdbc.queryForObject("select case_number from residents where id = ?", String.class, residentId);
    }

    String name(long residentId) {
        return jdbc.queryForObject("select name from residents where id = ?", String.class, residentId);
    }

    /** The column showing the row's case number is headed caseHeader; the one showing her name, nameHeader. */
    <T> void caseNumberColumnIsHeaded(Grid<T> grid, ToLongFunction<T> resident, String caseHeader, String nameHeader) {
        assertThat(test(grid).size()).as(grid.getId().orElse("grid") + " has rows").isPositive();
        T first = test(grid).getRow(0);
        long id = resident.applyAsLong(first);
        List<String> headers = headers(grid, this);
        int caseColumn = -1;
        int nameColumn = -1;
        for (int c = 0; c < headers.size(); c++) {
            String text = shown(grid, 0, c, this);
            if (text.equals(caseNumber(id))) caseColumn = c;
            if (text.equals(name(id))) nameColumn = c;
        }
        assertThat(caseColumn).as("a column of %s shows the case number; headers %s", grid.getId().orElse(""), headers)
                .isNotNegative();
        assertThat(headers.get(caseColumn)).isEqualTo(caseHeader);
        if (nameHeader != null) {
            assertThat(nameColumn).as("a column shows her name; headers %s", headers).isNotNegative();
            assertThat(headers.get(nameColumn)).isEqualTo(nameHeader);
        }
        assertThat(headers).doesNotContain("Resident", "निवासी");
    }

    @Test
    @WithUserDetails("caremanager")
    void the_residents_grid_heads_its_case_number_column_case_number_and_its_name_column_name() {
        fx.placedResident("SUN-T", "Grid Heading Lata");
        ReintegrationView view = open(Locale.ENGLISH);
        showTab(1);
        caseNumberColumnIsHeaded(view.pipeline, r -> r.id(), "Case number", "Name");
    }

    @Test
    @WithUserDetails("caremanager")
    void in_hindi_too_the_residents_grid_heads_its_case_number_column_case_number() {
        fx.placedResident("SUN-T", "Grid Heading Hindi Lata");
        ReintegrationView view = open(Locale.forLanguageTag("hi"));
        showTab(1);
        caseNumberColumnIsHeaded(view.pipeline, r -> r.id(), "केस संख्या", "नाम");
    }

    @Test
    @WithUserDetails("caremanager")
    void the_due_and_pending_verification_grids_name_the_case_number_of_each_row_under_case_number() {
        ReintegrationView view = open(Locale.ENGLISH);
        caseNumberColumnIsHeaded(view.due, d -> d.residentId(), "Case number", null);
        showTab(2);
        caseNumberColumnIsHeaded(view.verifications, v -> v.getResidentId(), "Case number", null);
    }

    @Test
    @WithUserDetails("caremanager")
    void pending_verifications_name_the_member_of_staff_they_are_assigned_to_not_her_login() {
        ReintegrationView view = open(Locale.ENGLISH);
        showTab(2);
        int column = headers(view.verifications, this).indexOf("Assigned to");
        List<String> logins = jdbc.queryForList("select username from user_accounts", String.class);
        List<String> shown = new ArrayList<>();
        for (int row = 0; row < test(view.verifications).size(); row++) shown.add(shown(view.verifications, row, column, this));
        assertThat(shown).isNotEmpty().noneMatch(logins::contains);
        assertThat(shown).anyMatch(s -> s.equals("Kavita Counsellor (demo)"));
    }
}
