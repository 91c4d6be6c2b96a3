package org.aashray.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.AddressedRecord;
import org.aashray.base.ui.ConfirmAction;
import org.aashray.base.ui.GridFit;
import org.aashray.base.ui.Notifications;
import org.aashray.base.ui.SaveAction;
import org.aashray.residents.ResidentDirectory;
import org.aashray.training.courses.BatchService;
import org.aashray.training.courses.BatchStatus;
import org.aashray.training.courses.BatchSummary;
import org.aashray.training.courses.CourseService;
import org.aashray.training.courses.FeePayer;
import org.aashray.training.courses.SessionSummary;
import org.aashray.training.enrolment.AssessmentResult;
import org.aashray.training.enrolment.EnrolmentService;
import org.aashray.training.enrolment.EnrolmentStatus;
import org.aashray.training.enrolment.TraineeRow;
import org.aashray.training.outcomes.CertificateService;

/** One batch: its timetable, trainees with attendance and results, sessions to take attendance for, completion. */
@Route("training/batch")
@RolesAllowed({"TRAINER", "CARE_MANAGER"})
public class BatchView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final Grid<TraineeRow> trainees = new Grid<>();
    final Grid<SessionSummary> sessions = new Grid<>();
    final Button enrol = new Button();
    final Button complete = new Button();
    final Button edit = new Button();
    private final BatchService batches;
    private final CourseService courses;
    private final EnrolmentService enrolments;
    private final CertificateService certificates;
    private final ResidentDirectory directory;
    private final Clock clock;
    private BatchSummary batch;

    public BatchView(BatchService batches, CourseService courses, EnrolmentService enrolments,
                     CertificateService certificates, ResidentDirectory directory, Clock clock) {
        this.batches = batches;
        this.courses = courses;
        this.enrolments = enrolments;
        this.certificates = certificates;
        this.directory = directory;
        this.clock = clock;
        setWidthFull();
        // listeners once here: build() runs again after every change and must not add them twice
        edit.setText(getTranslation("common.edit"));
        edit.setId("edit-batch");
        edit.addClickListener(e -> new BatchForm(batches, courses, batches.getForEdit(batch.id()), saved -> reload()).open());
        enrol.setText(getTranslation("training.enrol"));
        enrol.setId("enrol");
        enrol.addThemeVariants(ButtonVariant.PRIMARY);
        enrol.addClickListener(e -> new EnrolDialog(enrolments, directory, batch, this::reload).open());
        complete.setText(getTranslation("training.complete"));
        complete.setId("complete-batch");
        complete.addClickListener(e -> confirmCompletion());
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        batch = AddressedRecord.open(() -> batches.summary(id));
        build();
    }

    void reload() {
        batch = batches.summary(batch.id());
        build();
    }

    private void build() {
        removeAll();
        LocalDate today = LocalDate.now(clock);
        int threshold = courses.settings().getAttendanceThreshold();
        boolean open = batch.status() == BatchStatus.OPEN;
        H2 title = new H2(batch.courseName());
        title.setId("batch-title");
        Paragraph facts = new Paragraph(Labels.dates(batch) + " · " + Labels.timetable(batch) + " · "
                + batch.provider() + " · " + batch.venue());
        facts.addClassName("muted");
        Paragraph seats = new Paragraph(getTranslation("training.seats", batch.seated(), batch.capacity())
                + (batch.waitlisted() > 0 ? " · " + getTranslation("training.waiting", batch.waitlisted()) : "")
                + " · " + getTranslation("training.feePayer." + batch.feePayer())
                + (batch.fee().signum() > 0 ? " · ₹" + batch.fee().toPlainString() : "")
                + " · " + getTranslation(open ? (batch.isRunning(today) ? "training.status.RUNNING" : "training.status.OPEN")
                : "training.status.COMPLETED"));
        seats.setId("batch-seats");

        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (open) {
            actions.add(edit, enrol, complete);
        }
        if (batch.feePayer() == FeePayer.SCHEME_REIMBURSEMENT && !open) {
            Component claim = Pdfs.link(getTranslation("training.claim"), "reimbursement-claim-" + batch.id() + ".pdf",
                    () -> certificates.reimbursementClaim(batch.id()));
            claim.setId("reimbursement-claim");
            actions.add(claim);
        }
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        add(title, facts, seats, actions);

        buildTrainees(threshold, open);
        add(new H3(getTranslation("training.trainees")), trainees);
        buildSessions(today, open);
        add(new H3(getTranslation("training.sessions")), sessions);
    }

    private void buildTrainees(int threshold, boolean open) {
        trainees.removeAllColumns();
        trainees.setId("trainees-grid");
        // each column starts narrow and grows; names, results and a long header wrap rather than being cut
        GridFit.wrap(trainees);
        GridFit.from(trainees.addColumn(TraineeRow::residentName).setHeader(getTranslation("training.trainee")), "8rem", 2);
        GridFit.from(trainees.addColumn(t -> getTranslation("training.enrolment." + t.status()))
                .setHeader(getTranslation("training.status")), "7rem");
        GridFit.from(trainees.addComponentColumn(t -> {
            Span s = new Span(Labels.percent(t.attendancePercent()));
            if (t.belowThreshold()) {
                s.getElement().getThemeList().add("badge error");
                s.getStyle().set("color", "var(--aashray-danger)").set("font-weight", "700");
                s.getElement().setAttribute("title", getTranslation("training.attendance.below", threshold));
                s.addClassName("below-threshold");
            }
            return s;
        }).setHeader(getTranslation("training.attendance.percent", threshold)), "6rem");
        GridFit.from(trainees.addColumn(t -> t.assessmentResult() == null ? "" : getTranslation("training.result." + t.assessmentResult())
                + (t.assessmentScore() == null ? "" : " (" + t.assessmentScore() + ")")).setHeader(getTranslation("training.assessment")), "7rem");
        // the largest share of spare room: on a desktop the buttons stand side by side, on a tablet one under the other
        GridFit.from(trainees.addComponentColumn(this::traineeActions).setHeader(getTranslation("common.actions")), "10rem", 3);
        trainees.setPartNameGenerator(t -> t.belowThreshold() ? "below-threshold" : null);
        List<TraineeRow> rows = enrolments.trainees(batch.id());
        trainees.setItems(rows);
        trainees.setAllRowsVisible(true);
        trainees.setEmptyStateText(getTranslation(open ? "training.trainees.empty" : "training.trainees.none"));
    }

    private Component traineeActions(TraineeRow t) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true); // on a narrow screen the buttons stand one under the other
        if (t.status().isActive()) {
            Button drop = new Button(getTranslation("training.drop"), e -> new DropDialog(enrolments, t, this::reload).open());
            drop.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            actions.add(drop);
        }
        if (t.status() == EnrolmentStatus.ENROLLED) {
            Button assess = new Button(getTranslation("training.assess"), e -> new AssessmentDialog(enrolments, t, this::reload).open());
            assess.addThemeVariants(ButtonVariant.TERTIARY);
            actions.add(assess);
        }
        if (t.status() == EnrolmentStatus.COMPLETED) {
            Component link = Pdfs.link(getTranslation("training.certificate"), "certificate-" + t.certificateNumber() + ".pdf",
                    () -> certificates.certificate(t.enrolmentId()));
            link.setId("certificate-" + t.enrolmentId());
            link.addClassName("certificate-link");
            actions.add(link);
        }
        if (t.status() == EnrolmentStatus.DROPPED && t.dropoutReason() != null) {
            // the application's own reason speaks the reader's language; a typed one is shown as written
            actions.add(new Span(EnrolmentService.LEFT_HOME.equals(t.dropoutReason()) ? getTranslation("training.dropout.leftHome")
                    : t.dropoutReason()));
        }
        return actions;
    }

    private void buildSessions(LocalDate today, boolean open) {
        sessions.removeAllColumns();
        sessions.setId("sessions-grid");
        GridFit.wrap(sessions);
        GridFit.from(sessions.addColumn(s -> DateFormats.date(s.date()) + " (" + Labels.day(s.date().getDayOfWeek()) + ")")
                .setHeader(getTranslation("training.session.date")), "7rem", 2);
        GridFit.from(sessions.addColumn(s -> Labels.times(s.startTime(), s.endTime()))
                .setHeader(getTranslation("training.session.time")), "6.5rem");
        GridFit.from(sessions.addColumn(s -> s.marked() ? getTranslation("training.session.marked") : "")
                .setHeader(getTranslation("training.attendance")), "6rem");
        sessions.addComponentColumn(s -> {
            Button take = new Button(getTranslation(s.marked() ? "training.attendance.change" : "training.attendance.take"),
                    e -> getUI().ifPresent(ui -> ui.navigate(AttendanceView.class, s.id())));
            take.setEnabled(open && !s.date().isAfter(today));
            take.addClassName("take-attendance");
            return take;
        }).setAutoWidth(true).setFlexGrow(0); // one button, as wide as its label
        List<SessionSummary> all = batches.sessions(batch.id());
        sessions.setItems(all);
        sessions.setHeight("22rem");
        // open at the session nearest today, where attendance is taken
        all.stream().filter(s -> !s.date().isBefore(today)).findFirst().ifPresent(s -> sessions.scrollToIndex(Math.max(0, all.indexOf(s) - 2)));
    }

    private void confirmCompletion() {
        int threshold = courses.settings().getAttendanceThreshold();
        List<TraineeRow> rows = enrolments.trainees(batch.id());
        long withCertificate = rows.stream().filter(t -> t.status() == EnrolmentStatus.ENROLLED && t.attendancePercent() != null
                && !t.belowThreshold() && t.assessmentResult() != AssessmentResult.FAIL).count();
        long without = rows.stream().filter(t -> t.status() == EnrolmentStatus.ENROLLED).count() - withCertificate;
        ConfirmAction.ask(getTranslation("training.complete"),
                getTranslation("training.complete.question", withCertificate, without, threshold),
                getTranslation("training.complete"), getTranslation("common.cancel"),
                () -> SaveAction.of(this).success(null).then(this::reload).run(() -> {
                    // how many certificates were issued is known only once the batch is completed
                    int issued = enrolments.complete(batch.id(), batch.version());
                    Notifications.success(getTranslation("training.complete.done", issued));
                }));
    }

    @Override
    public String getPageTitle() {
        return batch == null ? getTranslation("nav.training") : batch.courseName();
    }
}
