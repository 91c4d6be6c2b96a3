package org.aashray.reintegration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.base.ui.ConfirmAction;
import org.aashray.base.ui.FieldErrors;
import org.aashray.base.ui.Notifications;
import org.aashray.reintegration.followup.FollowUp;
import org.aashray.reintegration.followup.FollowUpService;
import org.aashray.reintegration.followup.FollowUpStatus;
import org.aashray.reintegration.readiness.Readiness;
import org.aashray.reintegration.readiness.ReadinessService;
import org.aashray.reintegration.repatriation.RepatriationService;
import org.aashray.reintegration.verification.HomeVerification;
import org.aashray.reintegration.verification.VerificationService;
import org.aashray.reintegration.verification.VerificationStatus;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.HomeStaffDirectory;

/** Everything about one resident's way home: readiness, verifications, follow-ups, repatriation. */
class ReintegrationTab extends VerticalLayout {

    private final ResidentSummary resident;
    private final ReadinessService readiness;
    private final VerificationService verifications;
    private final FollowUpService followUps;
    private final RepatriationService repatriations;
    private final HomeStaffDirectory staff;
    private final boolean careManager;
    private final Clock clock;
    ReadinessChecklist checklist;
    Span result;

    ReintegrationTab(ResidentSummary resident, ReadinessService readiness, VerificationService verifications,
                     FollowUpService followUps, RepatriationService repatriations, HomeStaffDirectory staff,
                     boolean careManager, Clock clock) {
        this.resident = resident;
        this.readiness = readiness;
        this.verifications = verifications;
        this.followUps = followUps;
        this.repatriations = repatriations;
        this.staff = staff;
        this.careManager = careManager;
        this.clock = clock;
        setPadding(false);
        setId("reintegration-tab");
        render();
    }

    void render() {
        removeAll();
        long id = resident.id();
        LocalDate today = LocalDate.now(clock);
        if (followUps.hasOpenConcern(id)) {
            Div concern = new Div(new Paragraph(getTranslation("reintegration.concern.flag")));
            concern.addClassName("callout");
            concern.getStyle().set("border-color", "var(--aura-red, #c00)").set("font-weight", "bold");
            concern.setId("concern-flag");
            add(concern);
        }

        Readiness current = readiness.current(id);
        add(new H3(getTranslation("reintegration.readiness.title")));
        result = new Span(resultText(current));
        result.setId("readiness-result");
        result.getElement().getThemeList().add(current.ready() ? "badge success" : "badge error");
        HorizontalLayout actions = new HorizontalLayout(result);
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = readiness.pdf(id, getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "readiness-" + resident.caseNumber() + ".pdf",
                    "application/pdf", bytes.length);
        }), getTranslation("reintegration.readiness.pdf"));
        pdf.setId("readiness-pdf");
        pdf.setTarget("_blank");
        actions.add(pdf);
        if (careManager && !current.ready() && !current.overridden()) {
            Button override = new Button(getTranslation("reintegration.override.button"), e -> openOverride());
            override.setId("readiness-override");
            override.addThemeVariants(ButtonVariant.ERROR);
            actions.add(override);
        }
        if (current.overridden()) actions.add(new Span(getTranslation("reintegration.override.active", current.overrideReason())));
        add(actions);
        checklist = new ReadinessChecklist(readiness, id, this::render);
        add(checklist);
        List<Readiness> history = readiness.history(id);
        if (!history.isEmpty()) {
            Grid<Readiness> grid = new Grid<>();
            grid.setId("readiness-history");
            grid.addColumn(r -> Labels.date(r.checkedOn())).setHeader(getTranslation("reintegration.readiness.checkedOn"));
            grid.addColumn(Readiness::checkedBy).setHeader(getTranslation("reintegration.readiness.checkedBy"));
            grid.addColumn(this::resultText).setHeader(getTranslation("reintegration.readiness.result")).setFlexGrow(3);
            grid.setItems(history);
            grid.setAllRowsVisible(true);
            add(new H3(getTranslation("reintegration.readiness.history")), grid);
        }

        add(new H3(getTranslation("reintegration.verification.title")));
        if (careManager) {
            Button request = new Button(getTranslation("reintegration.verification.request"),
                    e -> new RequestVerificationDialog(verifications, staff, resident, this::render).open());
            request.setId("request-verification");
            add(request);
        }
        List<HomeVerification> list = verifications.ofResident(id);
        Map<String, String> names = staff.staffOf(resident.homeId()).stream()
                .collect(Collectors.toMap(HomeStaffDirectory.StaffMember::username, HomeStaffDirectory.StaffMember::displayName));
        Grid<HomeVerification> vgrid = new Grid<>();
        vgrid.setId("verifications-grid");
        vgrid.addColumn(v -> Labels.of(this, v.getDestinationKind()) + ": " + v.getDestination())
                .setHeader(getTranslation("reintegration.verification.destination")).setFlexGrow(3);
        vgrid.addColumn(v -> v.assignee() == null ? "" : names.getOrDefault(v.assignee(), v.assignee())).setHeader(getTranslation("reintegration.verification.assignee"));
        vgrid.addColumn(v -> Labels.date(v.getDueOn()) + (v.overdue(today) ? " ⚠ " + getTranslation("reintegration.overdue") : ""))
                .setHeader(getTranslation("reintegration.verification.dueOn"));
        vgrid.addColumn(v -> v.getStatus() == VerificationStatus.DONE
                        ? Labels.of(this, v.getRecommendation()) + " (" + Labels.date(v.getVisitDate()) + ")" : Labels.of(this, v.getStatus()))
                .setHeader(getTranslation("reintegration.verification.outcome"));
        vgrid.addComponentColumn(v -> {
            if (v.getStatus() != VerificationStatus.PENDING) return new Span();
            Button record = new Button(getTranslation("reintegration.verification.record"),
                    e -> new RecordVerificationDialog(verifications, v, this::render).open());
            record.setId("record-verification-" + v.getId());
            return record;
        });
        vgrid.setItems(list);
        vgrid.setAllRowsVisible(true);
        vgrid.setEmptyStateText(getTranslation(careManager ? "reintegration.verification.emptyManager" : "reintegration.verification.empty"));
        add(vgrid);

        add(new H3(getTranslation("reintegration.followup.title")));
        followUps.exits(id).stream().findFirst().ifPresent(exit -> {
            Span who = new Span(getTranslation("reintegration.followup.responsible", Labels.of(this, exit.reason()),
                    Labels.date(exit.date()), exit.destination() == null ? "" : exit.destination(),
                    exit.responsiblePartner() != null ? exit.responsiblePartner()
                            : names.getOrDefault(exit.responsibleUsername(), String.valueOf(exit.responsibleUsername()))));
            who.setId("exit-responsible");
            HorizontalLayout line = new HorizontalLayout(who);
            if (careManager) {
                Button change = new Button(getTranslation("reintegration.followup.setResponsible"),
                        e -> new ResponsibleDialog(followUps, staff, resident.homeId(), exit, this::render).open());
                change.setId("set-responsible");
                line.add(change);
            }
            add(line);
        });
        Grid<FollowUp> fgrid = new Grid<>();
        fgrid.setId("followups-grid");
        fgrid.addColumn(f -> getTranslation("reintegration.followup.months", f.getMonthsAfter())).setHeader(getTranslation("reintegration.followup.when"));
        fgrid.addColumn(f -> Labels.date(f.getDueOn())).setHeader(getTranslation("reintegration.followup.dueOn"));
        fgrid.addColumn(f -> statusText(f, today)).setHeader(getTranslation("reintegration.followup.status")).setFlexGrow(2);
        fgrid.addComponentColumn(f -> followUpActions(f));
        fgrid.setItems(followUps.ofResident(id));
        fgrid.setAllRowsVisible(true);
        fgrid.setEmptyStateText(getTranslation("reintegration.followup.empty"));
        add(fgrid);

        add(new H3(getTranslation("reintegration.repatriation.title")));
        add(new RepatriationPanel(repatriations, id, careManager));
    }

    private String resultText(Readiness r) {
        if (!r.checked()) return getTranslation("reintegration.readiness.never");
        if (r.ready()) return getTranslation("reintegration.readiness.ready");
        return getTranslation("reintegration.readiness.notReadyMissing",
                r.missing().stream().map(i -> Labels.of(this, i)).collect(Collectors.joining(", ")));
    }

    private String statusText(FollowUp f, LocalDate today) {
        String s = switch (f.getStatus()) {
            case DONE -> getTranslation("reintegration.followup.doneOn", Labels.date(f.getDoneOn()), Labels.of(this, f.getMode()))
                    + (f.getWellbeing() == null ? "" : " — " + f.getWellbeing());
            case CLOSED -> Labels.of(this, f.getCloseReason()) + ": " + f.getCloseNote();
            case OPEN -> (f.getDueOn().isBefore(today) ? getTranslation("reintegration.followup.missed") : getTranslation("reintegration.followup.open"))
                    + (f.getAttempts() > 0 ? " · " + getTranslation("reintegration.followup.attempts", f.getAttempts()) : "");
        };
        if (f.openConcern()) s = "⚠ " + getTranslation("reintegration.concern.open") + " · " + s;
        return s;
    }

    private HorizontalLayout followUpActions(FollowUp f) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (f.getStatus() == FollowUpStatus.OPEN) {
            Button record = new Button(getTranslation("reintegration.followup.record"),
                    e -> new FollowUpDialog(followUps, f, this::render).open());
            record.setId("record-followup-" + f.getId());
            Button attempt = new Button(getTranslation("reintegration.followup.attempt"), e -> {
                try {
                    followUps.attempt(f.getId(), f.getVersion());
                    render();
                } catch (ConcurrentEditException ex) {
                    Notifications.error(getTranslation("common.concurrentEdit"));
                }
            });
            buttons.add(record, attempt);
            if (careManager) {
                Button close = new Button(getTranslation("reintegration.followup.close"),
                        e -> new CloseFollowUpDialog(followUps, f, this::render).open());
                close.setId("close-followup-" + f.getId());
                buttons.add(close);
            }
        }
        if (careManager && f.openConcern()) {
            Button closeConcern = new Button(getTranslation("reintegration.concern.close"), e -> openCloseConcern(f));
            closeConcern.setId("close-concern-" + f.getId());
            buttons.add(closeConcern);
        }
        return buttons;
    }

    private void openOverride() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("reintegration.override.title"));
        TextArea reason = new TextArea(getTranslation("reintegration.override.reason"));
        reason.setWidthFull();
        reason.setId("override-reason");
        reason.setMaxLength(1000); // reint_overrides.reason
        dialog.add(new Paragraph(getTranslation("reintegration.override.explain")), reason);
        Button save = new Button(getTranslation("reintegration.override.save"), e -> ConfirmAction.ask(
                getTranslation("reintegration.override.title"), getTranslation("reintegration.override.confirm"),
                getTranslation("reintegration.override.save"), getTranslation("common.cancel"), () -> {
                    try {
                        readiness.override(resident.id(), reason.getValue());
                        dialog.close();
                        render();
                    } catch (ValidationException ex) {
                        FieldErrors.show(dialog, ex, Map.of("overrideReason", reason));
                    }
                }));
        save.setId("override-save");
        save.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openCloseConcern(FollowUp f) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("reintegration.concern.close"));
        TextArea outcome = new TextArea(getTranslation("reintegration.concern.outcome"));
        outcome.setWidthFull();
        outcome.setId("concern-outcome");
        outcome.setMaxLength(500); // reint_followups.concern_outcome
        dialog.add(outcome);
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                followUps.closeConcern(f.getId(), f.getVersion(), outcome.getValue());
                dialog.close();
                render();
            } catch (ValidationException ex) {
                FieldErrors.show(dialog, ex, Map.of("concernOutcome", outcome));
            } catch (ConcurrentEditException ex) {
                Notifications.error(getTranslation("common.concurrentEdit"));
            }
        });
        save.setId("concern-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
