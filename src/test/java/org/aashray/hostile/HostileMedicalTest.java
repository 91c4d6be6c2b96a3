package org.aashray.hostile;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.aashray.base.TextInput;
import org.aashray.base.schedule.ui.CalendarEntry;
import org.aashray.homes.CurrentHome;
import org.aashray.medical.MedicalService;
import org.aashray.medical.healthchecks.HealthCheckService;
import org.aashray.medical.healthchecks.HealthCheckSummary;
import org.aashray.medical.records.MedicalRecordService;
import org.aashray.residents.internal.ResidentService;
import org.aashray.residents.ResidentSummary;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile input (issue #11) in medical work: booking an appointment, its outcome, the admission health check and
 * the conditions and medication of the profile. Purpose, result, findings and notes are encrypted at rest, so
 * they are read back through the medical services (which decrypt what MariaDB holds).
 */
@AashrayIntegrationTest
class HostileMedicalTest extends HostileForms {

    @Autowired HostileFixture fixture;
    @Autowired CurrentHome currentHome;
    @Autowired MedicalService medical;
    @Autowired HealthCheckService healthChecks;
    @Autowired MedicalRecordService records;
    @Autowired ResidentService residents;

    private long homeId;
    private long resident;
    private long appointment;

    @Override
    protected void prepare() {
        homeId = fixture.homeId();
        resident = fixture.resident("Hostile Medical " + System.nanoTime() % 100000, 30);
    }

    @Override
    protected List<Form> forms() {
        String user = HostileFixture.USER;
        return List.of(
                new Form("appointment booking", user, this::book, "medical_appointments")
                        .storedBy((key, value) -> key.equals("appointment-purpose")
                                ? same(value, medical.get(latestAppointment()).purpose()) : null),
                new Form("appointment outcome", user, this::outcome, "medical_appointments").only("result")
                        .storedBy((key, value) -> same(value, medical.get(appointment).result())),
                new Form("admission health check", user, this::healthCheck, "medical_health_checks")
                        .storedBy((key, value) -> same(value, healthChecks.healthChecks(checkResident).getFirst().findings())),
                new Form("conditions and medication", user, this::notes, "medical_records")
                        .storedBy((key, value) -> same(value, key.equals("medical-conditions")
                                ? records.notes(resident).conditions() : records.notes(resident).medication())));
    }

    /** Null when the service gives back what was typed (trimmed, control and direction characters removed). */
    private String same(Object typed, String readBack) {
        Object kept = kept(typed);
        if (typed instanceof LocalDate || Objects.equals(kept, readBack)) {
            return null;
        }
        return "read back through the service as " + shortly(readBack) + " (" + (readBack == null ? 0 : readBack.length()) + " chars)";
    }

    @Override
    protected Object kept(Object value) {
        return value instanceof String s ? TextInput.clean(s.trim()) : value;
    }

    private long latestAppointment() {
        return jdbc.queryForObject("select max(id) from medical_appointments where resident_id = ?", Long.class, resident);
    }

    private Component view() {
        currentHome.select(homeId);
        open("medical");
        return currentView();
    }

    @SuppressWarnings("unchecked")
    private Opened book() {
        Component view = view();
        Object calendar = get(view, "calendar");
        // a new day for each booking, so no booking clashes with the one before (and in the afternoon: the
        // counselling run of the same account books mornings)
        LocalDateTime slot = LocalDate.now().plusDays(1 + counter.incrementAndGet() % 300).atTime(LocalTime.of(14, 0));
        ((Consumer<LocalDateTime>) get(calendar, "onSlot")).accept(slot);
        Dialog dialog = openDialog();
        ComboBox<ResidentSummary> who = (ComboBox<ResidentSummary>) get(dialog, "resident");
        who.setValue(residents.summary(resident));
        return new Opened(dialog, (Button) get(dialog, "save"), () -> !dialog.isOpened());
    }

    @SuppressWarnings("unchecked")
    private Opened outcome() {
        if (appointment == 0) {
            Opened booked = book();
            booked.save().click();
            appointment = latestAppointment();
        }
        Component view = view();
        Object calendar = get(view, "calendar");
        ((Consumer<CalendarEntry>) get(calendar, "onEntry")).accept(new CalendarEntry(String.valueOf(appointment), null, null, "", "", ""));
        Dialog dialog = openDialog();
        chooseFirst(get(dialog, "status"));
        return new Opened(dialog, (Button) get(dialog, "save"), () -> !dialog.isOpened());
    }

    private long checkResident;

    @SuppressWarnings("unchecked")
    private Opened healthCheck() {
        // each recorded check is done; a new arrival has a new one
        checkResident = fixture.resident("Hostile Check " + counter.incrementAndGet(), 30);
        Component view = view();
        Grid<HealthCheckSummary> checks = (Grid<HealthCheckSummary>) get(view, "checks");
        List<HealthCheckSummary> items = checks.getListDataView().getItems().toList();
        int row = items.indexOf(items.stream().filter(c -> c.residentId() == checkResident).findFirst().orElseThrow());
        test(checks).clickRow(row);
        Dialog dialog = openDialog();
        return new Opened(dialog, (Button) get(dialog, "save"), () -> !dialog.isOpened());
    }

    private Opened notes() {
        open("resident/" + resident);
        TabSheet sheet = (TabSheet) byId("profile-tabs");
        selectTab(sheet, t("medical.tab"));
        roundTrip();
        Component tab = byId("medical-tab");
        String before = checksum("medical_records");
        return new Opened(tab, (Button) byId("medical-notes-save"), () -> savedNotice() && !checksum("medical_records").equals(before));
    }
}
