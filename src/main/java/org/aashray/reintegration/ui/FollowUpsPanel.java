package org.aashray.reintegration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.SaveAction;
import org.aashray.reintegration.followup.FollowUp;
import org.aashray.reintegration.followup.FollowUpService;
import org.aashray.reintegration.followup.FollowUpStatus;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.HomeStaffDirectory;

/** After she left: who is responsible for her there, and her follow-ups with what each found. */
class FollowUpsPanel extends VerticalLayout {

    private final FollowUpService followUps;
    private final boolean careManager;
    private final Runnable refresh;

    FollowUpsPanel(FollowUpService followUps, HomeStaffDirectory staff, ResidentSummary resident, Map<String, String> names,
                   boolean careManager, LocalDate today, Runnable refresh) {
        this.followUps = followUps;
        this.careManager = careManager;
        this.refresh = refresh;
        setPadding(false);
        long id = resident.id();
        add(new H3(getTranslation("reintegration.followup.title")));
        followUps.exits(id).stream().findFirst().ifPresent(exit -> {
            Span who = new Span(getTranslation("reintegration.followup.responsible", Labels.of(this, exit.reason()),
                    DateFormats.date(exit.date()), exit.destination() == null ? "" : exit.destination(),
                    exit.responsiblePartner() != null ? exit.responsiblePartner()
                            : names.getOrDefault(exit.responsibleUsername(), String.valueOf(exit.responsibleUsername()))));
            who.setId("exit-responsible");
            HorizontalLayout line = new HorizontalLayout(who);
            if (careManager) {
                Button change = new Button(getTranslation("reintegration.followup.setResponsible"),
                        e -> new ResponsibleDialog(followUps, staff, resident.homeId(), exit, refresh).open());
                change.setId("set-responsible");
                line.add(change);
            }
            add(line);
        });
        Grid<FollowUp> grid = new Grid<>();
        grid.setId("followups-grid");
        grid.addColumn(f -> getTranslation("reintegration.followup.months", f.getMonthsAfter())).setHeader(getTranslation("reintegration.followup.when"));
        grid.addColumn(f -> DateFormats.date(f.getDueOn())).setHeader(getTranslation("reintegration.followup.dueOn"));
        grid.addColumn(f -> statusText(f, today)).setHeader(getTranslation("reintegration.followup.status")).setFlexGrow(2);
        grid.addComponentColumn(this::actions);
        grid.setItems(followUps.ofResident(id));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("reintegration.followup.empty"));
        add(grid);
    }

    private String statusText(FollowUp f, LocalDate today) {
        String s = switch (f.getStatus()) {
            case DONE -> getTranslation("reintegration.followup.doneOn", DateFormats.date(f.getDoneOn()), Labels.of(this, f.getMode()))
                    + (f.getWellbeing() == null ? "" : " — " + f.getWellbeing());
            case CLOSED -> Labels.of(this, f.getCloseReason()) + ": " + f.getCloseNote();
            case OPEN -> (f.getDueOn().isBefore(today) ? getTranslation("reintegration.followup.missed") : getTranslation("reintegration.followup.open"))
                    + (f.getAttempts() > 0 ? " · " + getTranslation("reintegration.followup.attempts", f.getAttempts()) : "");
        };
        if (f.openConcern()) s = "⚠ " + getTranslation("reintegration.concern.open") + " · " + s;
        return s;
    }

    private HorizontalLayout actions(FollowUp f) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (f.getStatus() == FollowUpStatus.OPEN) {
            Button record = new Button(getTranslation("reintegration.followup.record"),
                    e -> new FollowUpDialog(followUps, f, refresh).open());
            record.setId("record-followup-" + f.getId());
            Button attempt = new Button(getTranslation("reintegration.followup.attempt"),
                    e -> SaveAction.of(this).success(null).then(refresh).run(() -> followUps.attempt(f.getId(), f.getVersion())));
            buttons.add(record, attempt);
            if (careManager) {
                Button close = new Button(getTranslation("reintegration.followup.close"),
                        e -> new CloseFollowUpDialog(followUps, f, refresh).open());
                close.setId("close-followup-" + f.getId());
                buttons.add(close);
            }
        }
        if (careManager && f.openConcern()) {
            Button closeConcern = new Button(getTranslation("reintegration.concern.close"),
                    e -> new CloseConcernDialog(followUps, f, refresh).open());
            closeConcern.setId("close-concern-" + f.getId());
            buttons.add(closeConcern);
        }
        return buttons;
    }
}
