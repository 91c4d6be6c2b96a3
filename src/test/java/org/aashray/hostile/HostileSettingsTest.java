package org.aashray.hostile;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.AfterEach;

/**
 * Hostile input (issue #11) in ADMIN's settings screens: counselling, medical, care plans, reintegration, stay
 * limits, the child deadlines and an alert rule's settings (training's are in {@link HostileTrainingTest}). The settings are shared by the
 * whole test context, so their tables are copied first and put back afterwards whatever the run stored.
 */
@AashrayIntegrationTest
class HostileSettingsTest extends HostileForms {

    static final List<String> TABLES = List.of("counselling_settings", "medical_settings", "care_plan_settings",
            "reint_settings", "placement_stay_limits", "resident_deadlines", "alert_rule_settings");

    @Override
    protected void prepare() {
        for (String t : TABLES) {
            jdbc.execute("drop table if exists hostile_copy_" + t);
            jdbc.execute("create table hostile_copy_" + t + " as select * from " + t);
        }
    }

    @AfterEach
    void putBack() {
        for (String t : TABLES) {
            if (jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = database()"
                    + " and table_name = ?", Integer.class, "hostile_copy_" + t) == 1) {
                jdbc.execute("delete from " + t);
                jdbc.execute("insert into " + t + " select * from hostile_copy_" + t);
                jdbc.execute("drop table hostile_copy_" + t);
            }
        }
    }

    @Override
    protected List<Form> forms() {
        return List.of(
                new Form("counselling settings (admin)", "admin", () -> screen("admin/counselling", v -> (Button) get(v, "save")),
                        "counselling_settings"),
                new Form("medical settings (admin)", "admin", () -> screen("admin/medical", v -> button(v, t("medical.settings.save"))),
                        "medical_settings"),
                new Form("care plan settings (admin)", "admin", () -> screen("admin/careplans", v -> button(v, t("careplans.save"))),
                        "care_plan_settings"),
                new Form("reintegration settings (admin)", "admin", () -> screen("admin/reintegration", v -> button(v, t("common.save"))),
                        "reint_settings"),
                new Form("stay limits (admin)", "admin", () -> screen("admin/stay-limits", v -> (Button) byId("limit-TRANSIT-save")),
                        "placement_stay_limits").only("limit-TRANSIT-days", "limit-TRANSIT-over55", "limit-TRANSIT-girls", "limit-TRANSIT-boys"),
                new Form("child deadlines (admin)", "admin", () -> screen("admin/child-deadlines", v -> (Button) byId("deadlines-save")),
                        "resident_deadlines"),
                new Form("alert rule settings (admin)", "admin", this::alertRule, "alert_rule_settings"));
    }

    /** The first rule's settings dialog, from the Edit button of its row. */
    private Opened alertRule() {
        open("admin/alert-rules");
        @SuppressWarnings("unchecked")
        Grid<Object> grid = (Grid<Object>) byId("alert-rules-grid");
        Component actions = test(grid).getCellComponent(0, grid.getColumns().size() - 1);
        test(button(actions, t("common.edit"))).click();
        Dialog dialog = openDialog();
        return new Opened(dialog, (Button) byId("save-rule"), () -> !dialog.isOpened());
    }

    private Opened screen(String route, java.util.function.Function<Component, Button> save) {
        open(route);
        Component view = currentView();
        return new Opened(view, save.apply(view), this::savedNotice);
    }
}
