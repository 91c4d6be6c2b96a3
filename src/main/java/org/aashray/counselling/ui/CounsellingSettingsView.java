package org.aashray.counselling.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.SaveAction;
import org.aashray.counselling.settings.CounsellingSettings;
import org.aashray.counselling.settings.CounsellingSettingsService;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;

/** ADMIN: working hours, maximum session length and the no-session limit, as a default and per home. */
@Route("admin/counselling")
@Menu(title = "counselling.nav.settings", order = 85, icon = "vaadin:clock")
@RolesAllowed("ADMIN")
public class CounsellingSettingsView extends VerticalLayout implements HasDynamicTitle {

    final Select<Optional<HomeSummary>> home = new Select<>();
    final TimePicker dayStart = DateFormats.apply(new TimePicker());
    final TimePicker dayEnd = DateFormats.apply(new TimePicker());
    final IntegerField maxMinutes = new IntegerField();
    final IntegerField noSessionDays = new IntegerField();
    final IntegerField attendanceDays = new IntegerField();
    final Button save = new Button();
    final Grid<CounsellingSettings> grid = new Grid<>();
    private final CounsellingSettingsService settings;
    private final List<HomeSummary> homes;

    public CounsellingSettingsView(CounsellingSettingsService settings, HomeService homeService) {
        this.settings = settings;
        this.homes = homeService.accessibleHomes();
        setId("counselling-settings");
        add(new Paragraph(getTranslation("counselling.settings.intro")));
        List<Optional<HomeSummary>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        homes.forEach(h -> choices.add(Optional.of(h)));
        home.setLabel(getTranslation("counselling.settings.home"));
        home.setItems(choices);
        home.setItemLabelGenerator(h -> h.map(HomeSummary::name).orElse(getTranslation("counselling.settings.default")));
        home.addValueChangeListener(e -> load());
        dayStart.setLabel(getTranslation("counselling.settings.dayStart"));
        dayEnd.setLabel(getTranslation("counselling.settings.dayEnd"));
        maxMinutes.setLabel(getTranslation("counselling.settings.maxMinutes"));
        noSessionDays.setLabel(getTranslation("counselling.settings.noSessionDays"));
        attendanceDays.setLabel(getTranslation("counselling.settings.attendanceDays"));
        save.setText(getTranslation("counselling.settings.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        grid.addColumn(s -> name(s.getHomeId())).setHeader(getTranslation("counselling.settings.home"));
        grid.addColumn(s -> DateFormats.time(s.getDayStart()) + "–" + DateFormats.time(s.getDayEnd()))
                .setHeader(getTranslation("counselling.settings.hours"));
        grid.addColumn(CounsellingSettings::getMaxSessionMinutes).setHeader(getTranslation("counselling.settings.maxMinutes"));
        grid.addColumn(CounsellingSettings::getNoSessionAlertDays).setHeader(getTranslation("counselling.settings.noSessionDays"));
        grid.addColumn(CounsellingSettings::getAttendanceAlertDays).setHeader(getTranslation("counselling.settings.attendanceDays"));
        grid.setAllRowsVisible(true);
        add(new FormLayout(home, dayStart, dayEnd, maxMinutes, noSessionDays, attendanceDays, save), grid);
        home.setValue(Optional.empty());
        grid.setItems(settings.all());
    }

    private String name(Long homeId) {
        return homeId == null ? getTranslation("counselling.settings.default")
                : homes.stream().filter(h -> h.id() == homeId).map(HomeSummary::name).findFirst().orElse(String.valueOf(homeId));
    }

    private CounsellingSettings current() {
        Long id = home.getValue().map(HomeSummary::id).orElse(null);
        return settings.all().stream().filter(s -> Objects.equals(s.getHomeId(), id)).findFirst().orElse(null);
    }

    private void load() {
        CounsellingSettings s = current();
        CounsellingSettings shown = s != null ? s : settings.all().stream().filter(x -> x.getHomeId() == null).findFirst().orElseThrow();
        dayStart.setValue(shown.getDayStart());
        dayEnd.setValue(shown.getDayEnd());
        maxMinutes.setValue(shown.getMaxSessionMinutes());
        noSessionDays.setValue(shown.getNoSessionAlertDays());
        attendanceDays.setValue(shown.getAttendanceAlertDays());
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of("dayStart", dayStart, "dayEnd", dayEnd, "maxMinutes", maxMinutes,
                "noSessionDays", noSessionDays, "attendanceDays", attendanceDays);
        CounsellingSettings s = current();
        SaveAction.of(this, fields).success("counselling.settings.saved").concurrent("counselling.concurrent")
                .then(() -> grid.setItems(settings.all()))
                .run(() -> settings.save(home.getValue().map(HomeSummary::id).orElse(null), s == null ? 0 : s.getVersion(),
                        dayStart.getValue(), dayEnd.getValue(), orZero(maxMinutes.getValue()), orZero(noSessionDays.getValue()),
                        orZero(attendanceDays.getValue())));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("counselling.nav.settings");
    }
}
