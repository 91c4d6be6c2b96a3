package org.aashray.careplans.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.aashray.base.ui.SaveAction;
import org.aashray.careplans.settings.CarePlanSettings;
import org.aashray.careplans.settings.CarePlanSettingsService;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;

/** ADMIN: days from admission to the care plan and between reviews, as a default and per home. */
@Route("admin/careplans")
@Menu(title = "careplans.settings.title", order = 87, icon = "vaadin:calendar-clock")
@RolesAllowed("ADMIN")
public class CarePlanSettingsView extends VerticalLayout implements HasDynamicTitle {

    final Select<Optional<HomeSummary>> home = new Select<>();
    final IntegerField dueDays = new IntegerField();
    final IntegerField reviewDays = new IntegerField();
    final Grid<CarePlanSettings> grid = new Grid<>();
    private final CarePlanSettingsService settings;

    public CarePlanSettingsView(CarePlanSettingsService settings, HomeService homeService) {
        this.settings = settings;
        setId("careplan-settings");
        List<HomeSummary> homes = homeService.accessibleHomes();
        add(new Paragraph(getTranslation("careplans.settings.intro")));
        List<Optional<HomeSummary>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        homes.forEach(h -> choices.add(Optional.of(h)));
        home.setLabel(getTranslation("careplans.settings.home"));
        home.setItems(choices);
        home.setItemLabelGenerator(h -> h.map(HomeSummary::name).orElse(getTranslation("careplans.settings.default")));
        dueDays.setLabel(getTranslation("careplans.settings.dueDays"));
        reviewDays.setLabel(getTranslation("careplans.settings.reviewDays"));
        home.addValueChangeListener(e -> {
            CarePlanSettings s = current().orElse(settings.all().stream().filter(x -> x.getHomeId() == null).findFirst().orElseThrow());
            dueDays.setValue(s.getDueDays());
            reviewDays.setValue(s.getReviewDays());
        });
        Map<String, HasValidation> fields = Map.of("dueDays", dueDays, "reviewDays", reviewDays);
        Button save = new Button(getTranslation("careplans.save"), e -> SaveAction.of(this, fields).success("careplans.saved")
                .concurrent("careplans.concurrent").then(() -> grid.setItems(settings.all()))
                .run(() -> settings.save(home.getValue().map(HomeSummary::id).orElse(null),
                        current().map(CarePlanSettings::getVersion).orElse(0L), dueDays.getValue() == null ? 0 : dueDays.getValue(),
                        reviewDays.getValue() == null ? 0 : reviewDays.getValue())));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        grid.addColumn(s -> s.getHomeId() == null ? getTranslation("careplans.settings.default")
                : homes.stream().filter(h -> h.id() == s.getHomeId()).map(HomeSummary::name).findFirst().orElse("?"))
                .setHeader(getTranslation("careplans.settings.home"));
        grid.addColumn(CarePlanSettings::getDueDays).setHeader(getTranslation("careplans.settings.dueDays"));
        grid.addColumn(CarePlanSettings::getReviewDays).setHeader(getTranslation("careplans.settings.reviewDays"));
        grid.setAllRowsVisible(true);
        add(new FormLayout(home, dueDays, reviewDays, save), grid);
        home.setValue(Optional.empty());
        grid.setItems(settings.all());
    }

    private Optional<CarePlanSettings> current() {
        Long id = home.getValue().map(HomeSummary::id).orElse(null);
        return settings.all().stream().filter(s -> Objects.equals(s.getHomeId(), id)).findFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("careplans.settings.title");
    }
}
