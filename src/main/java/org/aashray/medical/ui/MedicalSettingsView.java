package org.aashray.medical.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.aashray.base.ui.SaveAction;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.medical.settings.MedicalSettings;
import org.aashray.medical.settings.MedicalSettingsService;

/** ADMIN: hours from admission to the health check, as a default and per home . */
@Route("admin/medical")
@com.vaadin.flow.router.Menu(title = "medical.settings.title", order = 86, icon = "vaadin:stethoscope")
@RolesAllowed("ADMIN")
public class MedicalSettingsView extends VerticalLayout implements HasDynamicTitle {

    final Select<Optional<HomeSummary>> home = new Select<>();
    final IntegerField hours = new IntegerField();
    final Grid<MedicalSettings> grid = new Grid<>();
    private final MedicalSettingsService settings;

    public MedicalSettingsView(MedicalSettingsService settings, HomeService homeService) {
        this.settings = settings;
        setId("medical-settings");
        List<HomeSummary> homes = homeService.accessibleHomes();
        add(new Paragraph(getTranslation("medical.settings.intro")));
        List<Optional<HomeSummary>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        homes.forEach(h -> choices.add(Optional.of(h)));
        home.setLabel(getTranslation("medical.settings.home"));
        home.setItems(choices);
        home.setItemLabelGenerator(h -> h.map(HomeSummary::name).orElse(getTranslation("medical.settings.default")));
        hours.setLabel(getTranslation("medical.settings.hours"));
        hours.setId("medical-settings-hours");
        home.addValueChangeListener(e -> hours.setValue(current().map(MedicalSettings::getCheckDueHours)
                .orElse(settings.all().stream().filter(s -> s.getHomeId() == null).findFirst().orElseThrow().getCheckDueHours())));
        Button save = new Button(getTranslation("medical.settings.save"), e -> SaveAction.of(this, Map.of("checkDueHours", hours))
                .success("medical.saved").concurrent("medical.concurrent").then(() -> grid.setItems(settings.all()))
                .run(() -> settings.save(home.getValue().map(HomeSummary::id).orElse(null),
                        current().map(MedicalSettings::getVersion).orElse(0L), hours.getValue() == null ? 0 : hours.getValue())));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        grid.addColumn(s -> s.getHomeId() == null ? getTranslation("medical.settings.default")
                : homes.stream().filter(h -> h.id() == s.getHomeId()).map(HomeSummary::name).findFirst().orElse("?"))
                .setHeader(getTranslation("medical.settings.home"));
        grid.addColumn(MedicalSettings::getCheckDueHours).setHeader(getTranslation("medical.settings.hours"));
        grid.setAllRowsVisible(true);
        add(new FormLayout(home, hours, save), grid);
        home.setValue(Optional.empty());
        grid.setItems(settings.all());
    }

    private Optional<MedicalSettings> current() {
        Long id = home.getValue().map(HomeSummary::id).orElse(null);
        return settings.all().stream().filter(s -> Objects.equals(s.getHomeId(), id)).findFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("medical.settings.title");
    }
}
