package org.aashray.residents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.aashray.base.ui.SaveAction;
import org.aashray.residents.children.ChildProceedingsService;
import org.aashray.residents.children.ResidentDeadlines;

/** ADMIN: the JJ Act deadlines for children (production before the CWC, social investigation report) the alerts use. */
@Route("admin/child-deadlines")
@Menu(title = "residents.deadlines.title", order = 84, icon = "vaadin:calendar-clock")
@RolesAllowed("ADMIN")
public class ChildDeadlinesView extends VerticalLayout implements HasDynamicTitle {

    final IntegerField hours = new IntegerField();
    final IntegerField sirDays = new IntegerField();
    final Button save = new Button();
    private final ChildProceedingsService children;
    private ResidentDeadlines current;

    public ChildDeadlinesView(ChildProceedingsService children) {
        this.children = children;
        hours.setLabel(getTranslation("residents.deadlines.cwcHours"));
        hours.setId("deadline-cwc-hours");
        sirDays.setLabel(getTranslation("residents.deadlines.sirDays"));
        sirDays.setId("deadline-sir-days");
        save.setText(getTranslation("common.save"));
        save.setId("deadlines-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        add(new Paragraph(getTranslation("residents.deadlines.intro")), new FormLayout(hours, sirDays), save);
        load();
    }

    private void load() {
        current = children.deadlines();
        hours.setValue(current.getCwcProductionHours());
        sirDays.setValue(current.getSirDays());
    }

    private void save() {
        SaveAction.of(this, Map.of("cwcProductionHours", hours, "sirDays", sirDays)).reloading(this::load)
                .run(() -> current = children.saveDeadlines(current.getVersion(), hours.getValue() == null ? 0 : hours.getValue(),
                        sirDays.getValue() == null ? 0 : sirDays.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("residents.deadlines.title");
    }
}
