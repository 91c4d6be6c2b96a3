package org.aashray.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The main pages on a tablet (1024x768) and a phone-sized portrait window (800x1280), each as the role that owns
 * it: the page never scrolls sideways, no grid scrolls sideways, and no grid's header or cell cuts its text.
 * Screenshots of every page checked are kept in target/screenshots (narrow-role-page-width.png).
 */
class NarrowScreensJourneyTest extends BrowserTest {

    @Autowired org.aashray.reintegration.ReintegrationFixtures fx;

    private static final List<Dimension> SIZES = List.of(new Dimension(1024, 768), new Dimension(800, 1280));

    /**
     * What does not fit, as sentences: the page's own sideways scroll, a grid's sideways scroll, and every grid
     * header or cell whose text is wider than its cell (a cut name, an ellipsis).
     */
    private static final String WHAT_DOES_NOT_FIT = """
            const found = [];
            const root = document.documentElement;
            if (root.scrollWidth > window.innerWidth) {
              found.push('the page scrolls sideways: ' + root.scrollWidth + ' px wide in a ' + window.innerWidth + ' px window');
            }
            // the app layout's content area (in its shadow DOM) scrolls on its own: nothing in the page may scroll
            // sideways, looked for through shadow roots too; grids are checked below, cell by cell
            const scrollsSideways = e => {
              const overflow = getComputedStyle(e).overflowX;
              return (overflow === 'auto' || overflow === 'scroll') && e.scrollWidth > e.clientWidth + 1;
            };
            const walk = node => {
              for (const e of node.children) {
                if (e.localName === 'vaadin-grid') continue;
                if (scrollsSideways(e)) {
                  found.push((e.id || e.getAttribute('part') || e.localName) + ' scrolls sideways: '
                      + e.scrollWidth + ' px in ' + e.clientWidth + ' px');
                }
                if (e.shadowRoot) walk(e.shadowRoot);
                walk(e);
              }
            };
            walk(document.body);
            const text = e => (e.innerText || e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60);
            document.querySelectorAll('vaadin-select-value-button').forEach(value => {
              if (value.offsetParent !== null && value.scrollWidth > value.clientWidth + 1) {
                found.push('a select cuts "' + text(value) + '" (' + value.scrollWidth + ' px in ' + value.clientWidth + ' px)');
              }
            });
            document.querySelectorAll('vaadin-grid').forEach(grid => {
              const name = grid.id || grid.getAttribute('aria-label') || 'a grid';
              const table = grid.shadowRoot && grid.shadowRoot.querySelector('#table');
              if (table && table.scrollWidth > table.clientWidth + 1) {
                found.push(name + ' scrolls sideways: ' + table.scrollWidth + ' px in ' + table.clientWidth + ' px');
              }
              grid.querySelectorAll('vaadin-grid-cell-content').forEach(cell => {
                const slot = cell.assignedSlot;
                const td = slot && slot.parentElement;
                if (!td || td.hidden || td.offsetParent === null || !text(cell)) return;
                const header = td.closest('thead') !== null;
                if (cell.scrollWidth > cell.clientWidth + 1) {
                  found.push(name + (header ? ' cuts its header "' : ' cuts the cell "') + text(cell) + '" ('
                      + cell.scrollWidth + ' px in ' + cell.clientWidth + ' px)');
                }
              });
            });
            return found;""";

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> cut = new ArrayList<>();

    @Test
    void the_trainer_sees_her_batches_and_every_trainee_and_result_of_a_batch() {
        logIn("trainer");
        String batch = "training/batch/" + jdbc.queryForObject("""
                select b.id from training_batches b join homes h on h.id = b.home_id
                where h.code = 'SUN-L' order by (select count(*) from training_enrolments e where e.batch_id = b.id) desc, b.id limit 1""",
                Long.class);
        check("trainer", "batch", batch, "trainees-grid");
        check("trainer", "training", "training", "batches-grid");
        everythingFits();
    }

    @Test
    void the_official_sees_every_column_of_the_district_report() {
        logIn("official");
        check("official", "reports", "reports", "report-figures");
        everythingFits();
    }

    @Test
    void reception_sees_the_bed_board_the_residents_her_alerts_and_the_occupancy() {
        // a name written as one long word, as a hostile or mistyped entry may be: it wraps, it does not widen the page
        fx.placedResident("SUN-T", "Narrowscreen" + "a".repeat(80));
        fx.waitingResident("SUN-T", "Narrowwaiting" + "a".repeat(80));
        logIn("reception");
        check("reception", "bed-board", "placements/board", "board-summary");
        check("reception", "residents", "residents", "residents-grid");
        check("reception", "alerts", "alerts", "alerts-grid");
        check("reception", "occupancy", "placements/occupancy", "occupancy-figures");
        everythingFits();
    }

    @Test
    void the_counsellor_sees_her_calendar() {
        logIn("counsellor");
        check("counsellor", "counselling", "counselling", "counselling-calendar");
        everythingFits();
    }

    @Test
    void the_care_manager_sees_the_reintegration_workspace() {
        logIn("caremanager");
        check("caremanager", "reintegration", "reintegration", "due-items");
        everythingFits();
    }

    @Test
    void the_administrator_sees_every_exit_kinds_readiness_items() {
        logIn("admin");
        check("admin", "reintegration-settings", "admin/reintegration", "gate-items");
        everythingFits();
    }

    private void logIn(String role) {
        new LoginPage(driver).open(baseUrl()).logInAs(role, "aashray-demo");
        new DashboardPage(driver).greeting();
    }

    /** Opens the page at each window size, as it would open on that device, and notes what does not fit. */
    @SuppressWarnings("unchecked")
    private void check(String role, String page, String path, String readyId) {
        for (Dimension size : SIZES) {
            driver.manage().window().setSize(size);
            driver.get(baseUrl() + path);
            VaadinPage shown = page();
            shown.present(By.id(readyId));
            shown.idle();
            shown.until(d -> shown.holds("return Array.from(document.querySelectorAll('vaadin-grid')).every(g => !g.loading);"));
            shown.hideDevTools();
            shown.idle();
            screenshot("narrow-" + role + "-" + page + "-" + size.getWidth());
            String where = role + " " + page + " at " + size.getWidth() + "x" + size.getHeight() + ": ";
            ((List<String>) shown.js(WHAT_DOES_NOT_FIT)).forEach(f -> cut.add(where + f));
        }
    }

    private void everythingFits() {
        assertThat(cut).as(() -> "what does not fit:\n" + String.join("\n", cut)).isEmpty();
    }
}
