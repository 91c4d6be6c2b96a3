package org.aashray.medical.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.SaveAction;
import org.aashray.medical.AppointmentSummary;
import org.aashray.medical.MedicalService;
import org.aashray.medical.healthchecks.HealthCheckService;
import org.aashray.medical.healthchecks.HealthCheckSummary;
import org.aashray.medical.internal.MedicalText;
import org.aashray.medical.records.MedicalNotes;
import org.aashray.medical.records.MedicalRecordService;
import org.aashray.residents.ResidentProfileSection;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;

/**
 * The profile's medical tab: health checks and appointments (dates for care managers; purpose, results and
 * findings for medical staff), and the conditions and medication notes (medical staff only).
 */
@org.springframework.stereotype.Component
class MedicalSection implements ResidentProfileSection {

    private final MedicalService medical;
    private final HealthCheckService healthChecks;
    private final MedicalRecordService records;
    private final CurrentUser currentUser;

    MedicalSection(MedicalService medical, HealthCheckService healthChecks, MedicalRecordService records, CurrentUser currentUser) {
        this.medical = medical;
        this.healthChecks = healthChecks;
        this.records = records;
        this.currentUser = currentUser;
    }

    @Override public String key() { return "medical"; }
    @Override public String titleKey() { return "medical.tab"; }
    @Override public int order() { return 65; }

    @Override
    public boolean isVisible() {
        return currentUser.has(Role.MEDICAL) || currentUser.has(Role.CARE_MANAGER);
    }

    @Override
    public Component create(ResidentSummary resident) {
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        tab.setId("medical-tab");
        boolean confidential = medical.confidential(resident.homeId());
        Grid<HealthCheckSummary> checks = new Grid<>();
        checks.setId("medical-tab-checks");
        checks.addColumn(c -> DateFormats.dateTime(c.dueAt())).setHeader(tab.getTranslation("medical.check.due"));
        checks.addColumn(c -> c.closedOn() != null ? tab.getTranslation("medical.check.closed", DateFormats.date(c.closedOn()))
                : c.doneAt() == null ? tab.getTranslation(c.overdue() ? "medical.check.overdue" : "medical.check.open")
                : DateFormats.dateTime(c.doneAt())).setHeader(tab.getTranslation("medical.check.doneAt"));
        if (confidential) checks.addColumn(HealthCheckSummary::findings).setHeader(tab.getTranslation("medical.check.findings"));
        checks.setItems(healthChecks.healthChecks(resident.id()));
        checks.setAllRowsVisible(true);
        checks.setEmptyStateText(tab.getTranslation("medical.checks.none"));
        tab.add(new H3(tab.getTranslation("medical.checks.admission")), checks);

        Grid<AppointmentSummary> appointments = new Grid<>();
        appointments.setId("medical-tab-appointments");
        appointments.addColumn(a -> DateFormats.dateTime(a.start())).setHeader(tab.getTranslation("medical.appointment.date"));
        appointments.addColumn(a -> tab.getTranslation("medical.kind." + a.kind())).setHeader(tab.getTranslation("medical.appointment.kind"));
        appointments.addColumn(AppointmentSummary::place).setHeader(tab.getTranslation("medical.appointment.place"));
        appointments.addColumn(a -> tab.getTranslation("medical.status." + a.status())
                        + (a.cancelCause() == null ? "" : " · " + tab.getTranslation("medical.cancelCause." + a.cancelCause()))).setHeader(tab.getTranslation("medical.appointment.status"));
        if (confidential) {
            appointments.addColumn(AppointmentSummary::purpose).setHeader(tab.getTranslation("medical.appointment.purpose"));
            appointments.addColumn(AppointmentSummary::result).setHeader(tab.getTranslation("medical.appointment.result"));
        }
        appointments.setItems(medical.history(resident.id(), 50));
        appointments.setAllRowsVisible(true);
        appointments.setEmptyStateText(tab.getTranslation("medical.appointments.none"));
        tab.add(new H3(tab.getTranslation("medical.appointments")), appointments);

        if (confidential) {
            MedicalNotes notes = records.notes(resident.id());
            TextArea conditions = new TextArea(tab.getTranslation("medical.conditions"));
            conditions.setValue(notes.conditions() == null ? "" : notes.conditions());
            conditions.setWidthFull();
            conditions.setId("medical-conditions");
            TextArea medication = new TextArea(tab.getTranslation("medical.medication"));
            medication.setValue(notes.medication() == null ? "" : notes.medication());
            medication.setWidthFull();
            medication.setId("medical-medication");
            conditions.setMaxLength(MedicalText.MAX_LENGTH);
            medication.setMaxLength(MedicalText.MAX_LENGTH);
            long[] version = {notes.version()};
            Map<String, TextArea> fields = Map.of("conditions", conditions, "medication", medication);
            Button save = new Button(tab.getTranslation("medical.notes.save"), e -> SaveAction.of(tab, fields).success("medical.saved")
                    .concurrent("medical.concurrent").run(() -> version[0] = records.saveNotes(resident.id(), version[0],
                            conditions.getValue(), medication.getValue()).version()));
            save.setId("medical-notes-save");
            tab.add(new H3(tab.getTranslation("medical.notes")), conditions, medication, save);
        }
        return tab;
    }
}
