package org.aashray.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.EmptyState;
import org.aashray.residents.ResidentProfileSection;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;
import org.aashray.training.courses.CourseService;
import org.aashray.training.enrolment.EnrolmentService;
import org.aashray.training.enrolment.EnrolmentStatus;
import org.aashray.training.enrolment.TraineeRow;
import org.aashray.training.outcomes.CertificateService;
import org.aashray.training.outcomes.LivelihoodService;
import org.aashray.training.outcomes.Outcome;

/** The "Training" tab of a resident's profile: her courses, certificates and livelihood outcomes. */
@org.springframework.stereotype.Component
class TrainingProfileSection implements ResidentProfileSection {

    private final EnrolmentService enrolments;
    private final LivelihoodService outcomes;
    private final CertificateService certificates;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final Clock clock;

    TrainingProfileSection(EnrolmentService enrolments, LivelihoodService outcomes, CertificateService certificates,
                           CourseService courses, CurrentUser currentUser, Clock clock) {
        this.enrolments = enrolments;
        this.outcomes = outcomes;
        this.certificates = certificates;
        this.courses = courses;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public String key() {
        return "training";
    }

    @Override
    public String titleKey() {
        return "residents.tab.training";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Component create(ResidentSummary resident) {
        return new Tab(resident);
    }

    private boolean mayManage() {
        return currentUser.has(Role.TRAINER) || currentUser.has(Role.CARE_MANAGER);
    }

    private class Tab extends VerticalLayout {

        private final ResidentSummary resident;

        Tab(ResidentSummary resident) {
            this.resident = resident;
            setPadding(false);
            setId("training-tab");
            build();
        }

        private void build() {
            removeAll();
            List<TraineeRow> rows = enrolments.enrolmentsOf(resident.id());
            if (rows.isEmpty()) {
                add(new EmptyState(getTranslation("training.profile.none")));
                return;
            }
            Grid<TraineeRow> grid = new Grid<>();
            grid.setId("training-enrolments");
            grid.addColumn(TraineeRow::course).setHeader(getTranslation("training.course")).setFlexGrow(2);
            grid.addColumn(t -> getTranslation("training.enrolment." + t.status())).setHeader(getTranslation("training.status"));
            grid.addColumn(t -> Labels.percent(t.attendancePercent())).setHeader(getTranslation("training.attendance"));
            grid.addColumn(t -> DateFormats.date(t.completedOn()))
                    .setHeader(getTranslation("training.completedOn"));
            grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
            grid.setItems(rows);
            grid.setAllRowsVisible(true);
            add(grid);
            List<Outcome> recorded = outcomes.outcomesOf(resident.id());
            add(new H3(getTranslation("training.outcomes")));
            if (recorded.isEmpty()) {
                add(new EmptyState(getTranslation("training.outcomes.none")));
            } else {
                Grid<Outcome> og = new Grid<>();
                og.setId("training-outcomes");
                og.addColumn(o -> DateFormats.date(o.getRecordedOn())).setHeader(getTranslation("training.outcome.recordedOn"));
                og.addColumn(o -> o.getCheckMonth() == null ? "" : getTranslation("training.outcome.check", o.getCheckMonth()))
                        .setHeader(getTranslation("training.outcome.checkMonth"));
                og.addColumn(o -> getTranslation("training.outcome.kind." + o.getKind())).setHeader(getTranslation("training.outcome.kind"));
                og.addColumn(this::details).setHeader(getTranslation("training.outcome.details")).setFlexGrow(2);
                og.setItems(recorded);
                og.setAllRowsVisible(true);
                add(og);
            }
        }

        private String details(Outcome o) {
            StringBuilder s = new StringBuilder();
            switch (o.getKind()) {
                case JOB -> s.append(o.getJobRole()).append(", ").append(o.getEmployer())
                        .append(o.getMonthlyWage() == null ? "" : ", ₹" + o.getMonthlyWage().toPlainString());
                case SELF_EMPLOYMENT -> s.append(o.getEnterpriseType())
                        .append(o.getSeedMoney() == null ? "" : ", ₹" + o.getSeedMoney().toPlainString());
                case FURTHER_STUDY -> s.append(o.getStudyCourse());
                default -> { }
            }
            if (o.isBankAccount()) s.append(s.isEmpty() ? "" : " · ").append(getTranslation("training.outcome.bankAccount"));
            if (o.getSchemeLinkage() != null) s.append(s.isEmpty() ? "" : " · ").append(o.getSchemeLinkage());
            return s.toString();
        }

        private Component actions(TraineeRow t) {
            HorizontalLayout actions = new HorizontalLayout();
            if (mayManage()) {
                Button open = new Button(getTranslation("training.batch.open"),
                        e -> getUI().ifPresent(ui -> ui.navigate(BatchView.class, t.batchId())));
                open.addThemeVariants(ButtonVariant.TERTIARY);
                actions.add(open);
            }
            if (t.status() == EnrolmentStatus.COMPLETED && mayManage()) {
                actions.add(Pdfs.link(getTranslation("training.certificate"), "certificate-" + t.certificateNumber() + ".pdf",
                        () -> certificates.certificate(t.enrolmentId())));
                Button outcome = new Button(getTranslation("training.outcome.record"), e -> new OutcomeDialog(outcomes, t,
                        courses.settings().checkMonths(), LocalDate.now(clock), this::build).open());
                outcome.setId("record-outcome-" + t.enrolmentId());
                outcome.addThemeVariants(ButtonVariant.TERTIARY);
                actions.add(outcome);
            }
            return actions;
        }
    }
}
