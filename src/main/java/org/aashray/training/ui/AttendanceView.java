package org.aashray.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.AddressedRecord;
import org.aashray.base.ui.EmptyState;
import org.aashray.base.ui.SaveAction;
import org.aashray.training.courses.SessionSummary;
import org.aashray.training.enrolment.AttendanceService;
import org.aashray.training.enrolment.AttendanceSheet;

/**
 * Attendance for the whole batch on one screen, made for a tablet: one big toggle per trainee, "All present",
 * then Save. Untouched trainees count as absent once saved. Future sessions are shown but cannot be marked.
 */
@Route("training/session")
@RolesAllowed({"TRAINER", "CARE_MANAGER"})
public class AttendanceView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final Map<Long, Button> toggles = new LinkedHashMap<>();
    final Map<Long, Boolean> present = new LinkedHashMap<>();
    final Button allPresent = new Button();
    final Button save = new Button();
    final Div notice = new Div();
    private final AttendanceService attendance;
    private AttendanceSheet sheet;

    public AttendanceView(AttendanceService attendance) {
        this.attendance = attendance;
        setWidthFull();
        setMaxWidth("48rem");
        // listeners once here: the view is rebuilt for each session it shows
        allPresent.addClickListener(e -> toggles.keySet().forEach(id -> set(id, true)));
        save.addClickListener(e -> SaveAction.of(this)
                .success("training.attendance.saved", present.values().stream().filter(Boolean::booleanValue).count(), present.size())
                .then(() -> getUI().ifPresent(ui -> ui.navigate(BatchView.class, sheet.batch().id())))
                .run(() -> attendance.mark(sheet.session().id(), Map.copyOf(present))));
    }

    @Override
    public void setParameter(BeforeEvent event, Long sessionId) {
        sheet = AddressedRecord.open(() -> attendance.sheet(sessionId));
        build();
    }

    private void build() {
        removeAll();
        toggles.clear();
        present.clear();
        H2 title = new H2(sheet.batch().courseName());
        SessionSummary session = sheet.session();
        Paragraph when = new Paragraph(DateFormats.date(session.date()) + " (" + Labels.day(session.date().getDayOfWeek()) + ") · "
                + Labels.times(session.startTime(), session.endTime()));
        when.setId("session-when");
        add(title, when);
        notice.setId("attendance-notice");
        notice.addClassName("callout");
        if (sheet.future()) {
            notice.setText(getTranslation("training.attendance.future"));
            add(notice);
        } else if (!sheet.editable()) {
            notice.setText(getTranslation("training.attendance.closed"));
            add(notice);
        }
        if (sheet.rows().isEmpty()) {
            add(new EmptyState(getTranslation("training.attendance.nobody")));
            return;
        }
        allPresent.setText(getTranslation("training.attendance.allPresent"));
        allPresent.setId("all-present");
        allPresent.setWidthFull();
        allPresent.getStyle().set("min-height", "56px").set("font-size", "1.15rem");
        allPresent.setEnabled(sheet.editable());
        add(allPresent);
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setId("attendance-list");
        for (AttendanceSheet.Row row : sheet.rows()) {
            Button toggle = new Button();
            toggle.setWidthFull();
            toggle.getStyle().set("min-height", "64px").set("font-size", "1.15rem").set("justify-content", "space-between");
            toggle.setEnabled(sheet.editable());
            toggle.addClassName("attendance-toggle");
            toggle.getElement().setAttribute("data-name", row.residentName());
            toggle.addClickListener(e -> set(row.enrolmentId(), !present.get(row.enrolmentId())));
            toggles.put(row.enrolmentId(), toggle);
            set(row.enrolmentId(), Boolean.TRUE.equals(row.present()));
            list.add(toggle);
        }
        add(list);
        save.setText(getTranslation("training.attendance.save"));
        save.setId("save-attendance");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.getStyle().set("min-height", "56px").set("font-size", "1.15rem");
        save.setWidthFull();
        save.setEnabled(sheet.editable());
        Button back = new Button(getTranslation("training.backToBatch"),
                e -> getUI().ifPresent(ui -> ui.navigate(BatchView.class, sheet.batch().id())));
        add(new HorizontalLayout(back), save);
    }

    private void set(long enrolmentId, boolean isPresent) {
        present.put(enrolmentId, isPresent);
        Button toggle = toggles.get(enrolmentId);
        String name = toggle.getElement().getAttribute("data-name");
        toggle.setText(name + " — " + getTranslation(isPresent ? "training.attendance.present" : "training.attendance.absent"));
        toggle.removeThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR, ButtonVariant.SUCCESS);
        toggle.addThemeVariants(isPresent ? ButtonVariant.SUCCESS : ButtonVariant.ERROR);
        if (isPresent) toggle.addThemeVariants(ButtonVariant.PRIMARY);
        toggle.getElement().setAttribute("aria-pressed", String.valueOf(isPresent));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.attendance");
    }
}
