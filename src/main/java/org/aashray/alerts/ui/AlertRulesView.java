package org.aashray.alerts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.aashray.alerts.settings.AlertSettingsService;
import org.aashray.alerts.settings.RuleSettings;
import org.aashray.base.ui.Notifications;

/** ADMIN: each alert rule's lead time, escalation and schedule; run a rule now (its run shows under jobs). */
@Route("admin/alert-rules")
@Menu(title = "alerts.nav.rules", order = 95, icon = "vaadin:bell-o")
@RolesAllowed("ADMIN")
public class AlertRulesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<RuleSettings> grid = new Grid<>();
    private final AlertSettingsService settings;

    public AlertRulesView(AlertSettingsService settings) {
        this.settings = settings;
        setSizeFull();
        grid.setId("alert-rules-grid");
        grid.addColumn(r -> getTranslation(r.titleKey())).setHeader(getTranslation("alerts.rule")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.enabled() ? "alerts.settings.on" : "alerts.settings.off"))
                .setHeader(getTranslation("alerts.settings.enabled")).setAutoWidth(true);
        grid.addColumn(RuleSettings::leadDays).setHeader(getTranslation("alerts.settings.leadDays")).setAutoWidth(true);
        grid.addColumn(RuleSettings::careManagerAfterDays).setHeader(getTranslation("alerts.settings.careManagerAfterDays"))
                .setAutoWidth(true);
        grid.addColumn(RuleSettings::officialAfterDays).setHeader(getTranslation("alerts.settings.officialAfterDays"))
                .setAutoWidth(true);
        grid.addColumn(RuleSettings::cron).setHeader(getTranslation("alerts.settings.cron")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Button edit = new Button(getTranslation("common.edit"), e -> new RuleSettingsForm(settings, r, this::refresh).open());
            edit.addClassName("edit-rule");
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            Button run = new Button(getTranslation("alerts.settings.runNow"), e -> {
                settings.runNow(r.ruleKey());
                Notifications.success(getTranslation("alerts.settings.runRequested"));
            });
            run.addClassName("run-rule");
            run.addThemeVariants(ButtonVariant.TERTIARY);
            return new HorizontalLayout(edit, run);
        }).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        refresh();
        Paragraph help = new Paragraph(getTranslation("alerts.settings.help"));
        help.addClassName("muted");
        add(help, grid);
    }

    void refresh() {
        grid.setItems(settings.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alerts.nav.rules");
    }
}
