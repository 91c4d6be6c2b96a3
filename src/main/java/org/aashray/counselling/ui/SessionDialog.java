package org.aashray.counselling.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.ConfirmAction;
import org.aashray.base.ui.Notifications;
import org.aashray.base.ui.SaveAction;
import org.aashray.counselling.Attendance;
import org.aashray.counselling.CounsellingService;
import org.aashray.counselling.EditScope;
import org.aashray.counselling.SessionKind;
import org.aashray.counselling.SessionMode;
import org.aashray.counselling.SessionRequest;
import org.aashray.counselling.SessionSummary;
import org.aashray.counselling.records.SessionRecordService;
import org.aashray.homes.RoomSummary;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentPicker;
import org.aashray.residents.ResidentSummary;

/**
 * Books a session (a weekly series when "weeks" is more than 1), or opens one: change it (only this one, or
 * this and the later ones of its series), then record attendance, scores and the confidential note.
 * Care managers see the booking read-only and never the note.
 */
class SessionDialog extends Dialog {

    final Select<SessionKind> kind = new Select<>();
    final Select<SessionMode> mode = new Select<>();
    final MultiSelectComboBox<ResidentSummary> residents = new MultiSelectComboBox<>();
    final Select<RoomSummary> room = new Select<>();
    final DatePicker date = new DatePicker();
    final TimePicker start = DateFormats.apply(new TimePicker());
    final TimePicker end = DateFormats.apply(new TimePicker());
    final IntegerField weeks = new IntegerField();
    final TextField topic = new TextField();
    final RadioButtonGroup<EditScope> scope = new RadioButtonGroup<>();
    final Button save = new Button();
    final Select<Attendance> attendance = new Select<>();
    final TextField reason = new TextField();
    final IntegerField wellbeing = new IntegerField();
    final IntegerField phq9 = new IntegerField();
    final TextArea note = new TextArea();
    final Button saveRecord = new Button();
    final Button cancelSession = new Button();

    private final CounsellingService counselling;
    private final SessionRecordService records;
    private final long homeId;
    private final SessionSummary existing;
    private final Runnable onSaved;
    private final Map<String, HasValidation> planFields = new HashMap<>();
    private final Map<String, HasValidation> recordFields = new HashMap<>();

    SessionDialog(CounsellingService counselling, SessionRecordService records, ResidentDirectory directory, List<RoomSummary> rooms,
                  long homeId, LocalDateTime slot, SessionSummary existing, Long residentId, boolean mayBook, Runnable onSaved) {
        this.counselling = counselling;
        this.records = records;
        this.homeId = homeId;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("session-dialog");
        setWidth("min(46rem, 96vw)");
        setHeaderTitle(getTranslation(existing == null ? "counselling.session.new" : "counselling.session.open"));

        kind.setLabel(getTranslation("counselling.session.kind"));
        kind.setItems(SessionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("counselling.kind." + k));
        kind.setId("session-kind");
        mode.setLabel(getTranslation("counselling.session.mode"));
        mode.setItems(SessionMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("counselling.mode." + m));
        mode.setId("session-mode");
        residents.setLabel(getTranslation("counselling.session.residents"));
        ResidentPicker.configure(residents, directory, homeId);
        residents.setId("session-residents");
        room.setLabel(getTranslation("counselling.session.room"));
        room.setItems(rooms);
        room.setItemLabelGenerator(r -> r == null ? getTranslation("counselling.session.noRoom") : r.name());
        room.setEmptySelectionAllowed(true);
        room.setEmptySelectionCaption(getTranslation("counselling.session.noRoom"));
        room.setId("session-room");
        DateFormats.apply(date).setLabel(getTranslation("counselling.session.date"));
        date.setId("session-date");
        start.setLabel(getTranslation("counselling.session.start"));
        start.setStep(Duration.ofMinutes(15));
        start.setId("session-start");
        end.setLabel(getTranslation("counselling.session.end"));
        end.setStep(Duration.ofMinutes(15));
        end.setId("session-end");
        weeks.setLabel(getTranslation("counselling.session.weeks"));
        weeks.setHelperText(getTranslation("counselling.session.weeksHelp"));
        weeks.setMin(1);
        weeks.setMax(52);
        weeks.setStepButtonsVisible(true);
        weeks.setId("session-weeks");
        topic.setLabel(getTranslation("counselling.session.topic"));
        topic.setMaxLength(200);
        topic.setId("session-topic");
        planFields.putAll(Map.of("kind", kind, "mode", mode, "residents", residents, "room", room, "start", start, "end", end,
                "weeks", weeks, "date", date, "topic", topic));

        FormLayout plan = new FormLayout(kind, mode, residents, room, date, start, end, topic);
        plan.setColspan(residents, 2);
        plan.setColspan(topic, 2);
        add(plan);
        save.setId("session-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        if (existing == null) {
            kind.setValue(SessionKind.INDIVIDUAL);
            mode.setValue(SessionMode.IN_PERSON);
            if (!rooms.isEmpty()) room.setValue(rooms.getFirst());
            date.setValue(slot.toLocalDate());
            start.setValue(slot.toLocalTime());
            end.setValue(slot.toLocalTime().plusMinutes(60));
            weeks.setValue(1);
            plan.add(weeks);
            if (residentId != null) directory.find(residentId).ifPresent(r -> residents.select(r));
            save.setText(getTranslation("counselling.session.book"));
            save.addClickListener(e -> book());
            getFooter().add(new Button(getTranslation("counselling.close"), e -> close()), save);
        } else {
            fill(existing, directory);
            if (existing.seriesId() != null && mayBook) {
                scope.setLabel(getTranslation("counselling.session.applyTo"));
                scope.setItems(EditScope.values());
                scope.setItemLabelGenerator(s -> getTranslation("counselling.scope." + s));
                scope.setValue(EditScope.THIS_SESSION);
                scope.setId("session-scope");
                add(scope);
            }
            if (existing.editedAlone()) add(new Paragraph(getTranslation("counselling.session.editedAlone")));
            save.setText(getTranslation("counselling.session.saveChanges"));
            save.addClickListener(e -> reschedule());
            if (mayBook) {
                add(recordSection());
                cancelSession.setText(getTranslation("counselling.session.cancel"));
                cancelSession.setId("session-cancel");
                cancelSession.addThemeVariants(ButtonVariant.ERROR);
                cancelSession.addClickListener(e -> ConfirmAction.ask(getTranslation("counselling.session.cancel"),
                        getTranslation("counselling.session.cancelQuestion"), getTranslation("counselling.session.cancel"),
                        getTranslation("counselling.keep"), () -> {
                            attendance.setValue(Attendance.CANCELLED);
                            saveRecord();
                        }));
                getFooter().add(cancelSession, new Button(getTranslation("counselling.close"), e -> close()), save);
            } else {
                plan.getChildren().forEach(c -> c.getElement().setProperty("readonly", true));
                add(new Paragraph(getTranslation("counselling.session.notesHidden")));
                getFooter().add(new Button(getTranslation("counselling.close"), e -> close()));
            }
        }
    }

    private void fill(SessionSummary s, ResidentDirectory directory) {
        kind.setValue(s.kind());
        mode.setValue(s.mode());
        s.residents().keySet().forEach(id -> directory.find(id).ifPresent(r -> residents.select(r)));
        room.getListDataView().getItems().filter(r -> s.roomId() != null && r.id() == s.roomId()).findFirst().ifPresent(room::setValue);
        date.setValue(s.start().toLocalDate());
        start.setValue(s.start().toLocalTime());
        end.setValue(s.end().toLocalTime());
        topic.setValue(s.topic() == null ? "" : s.topic());
    }

    private FormLayout recordSection() {
        attendance.setLabel(getTranslation("counselling.session.attendance"));
        attendance.setItems(Attendance.values());
        attendance.setItemLabelGenerator(a -> getTranslation(a == null ? "counselling.attendance.open" : "counselling.attendance." + a));
        attendance.setEmptySelectionAllowed(true);
        attendance.setEmptySelectionCaption(getTranslation("counselling.attendance.open"));
        attendance.setValue(existing.attendance());
        attendance.setId("session-attendance");
        reason.setLabel(getTranslation("counselling.session.reason"));
        reason.setMaxLength(300);
        reason.setValue(existing.cancelCause() != null ? getTranslation("counselling.cancelCause." + existing.cancelCause())
                : existing.cancelReason() == null ? "" : existing.cancelReason());
        reason.setId("session-reason");
        wellbeing.setLabel(getTranslation("counselling.session.wellbeing"));
        wellbeing.setMin(0);
        wellbeing.setMax(10);
        wellbeing.setValue(existing.wellbeingScore());
        wellbeing.setId("session-wellbeing");
        phq9.setLabel(getTranslation("counselling.session.phq9"));
        phq9.setMin(0);
        phq9.setMax(27);
        phq9.setValue(existing.phq9Score());
        phq9.setId("session-phq9");
        note.setLabel(getTranslation("counselling.session.note"));
        note.setHelperText(getTranslation("counselling.session.noteHelp"));
        note.setId("session-note");
        note.setMinHeight("6rem");
        note.setMaxLength(4000); // CounsellingChecks.MAX_NOTE
        records.readNote(existing.id()).ifPresent(note::setValue);
        saveRecord.setText(getTranslation("counselling.session.saveRecord"));
        saveRecord.setId("session-save-record");
        saveRecord.addClickListener(e -> saveRecord());
        recordFields.putAll(Map.of("attendance", attendance, "reason", reason, "wellbeing", wellbeing, "phq9", phq9, "note", note));
        FormLayout form = new FormLayout(attendance, reason, wellbeing, phq9, note, saveRecord);
        form.setColspan(note, 2);
        H4 title = new H4(getTranslation("counselling.session.afterwards"));
        FormLayout wrapper = new FormLayout(title, form);
        wrapper.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return wrapper;
    }

    private SessionRequest request(int weeksValue) {
        LocalDateTime s = date.getValue() == null || start.getValue() == null ? null : date.getValue().atTime(start.getValue());
        LocalDateTime e = date.getValue() == null || end.getValue() == null ? null : date.getValue().atTime(end.getValue());
        return new SessionRequest(homeId, null, null, kind.getValue(), mode.getValue(),
                residents.getValue().stream().map(ResidentSummary::id).toList(), room.getValue() == null ? null : room.getValue().id(),
                s, e, topic.getValue(), weeksValue);
    }

    private void book() {
        int[] booked = {0};
        SaveAction.of(this, planFields).success(null).closing(this).then(() -> saved("counselling.session.booked", booked[0]))
                .run(() -> booked[0] = counselling.book(request(weeks.getValue() == null ? 1 : weeks.getValue())).size());
    }

    private void reschedule() {
        int[] changed = {0};
        SaveAction.of(this, planFields).success(null).concurrent("counselling.concurrent").closing(this)
                .then(() -> saved("counselling.session.changed", changed[0]))
                .run(() -> changed[0] = counselling.reschedule(existing.id(), existing.version(), request(1),
                        scope.getValue() == null ? EditScope.THIS_SESSION : scope.getValue()));
    }

    /** The count is known only once saved, so the confirmation is said here rather than by the save action. */
    private void saved(String key, int count) {
        Notifications.success(getTranslation(key, count));
        onSaved.run();
    }

    private void saveRecord() {
        SaveAction.of(this, recordFields).success("counselling.session.recorded").concurrent("counselling.concurrent")
                .closing(this).then(onSaved).run(() -> {
                    if (attendance.getValue() != null) {
                        records.recordAttendance(existing.id(), existing.version(), attendance.getValue(), reason.getValue(),
                                wellbeing.getValue(), phq9.getValue());
                    }
                    if (!note.getValue().isBlank()) records.writeNote(existing.id(), note.getValue());
                });
    }
}
