package org.aashray.reintegration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.reintegration.verification.HomeVerification;
import org.aashray.reintegration.verification.VerificationService;
import org.aashray.reintegration.verification.VerificationStatus;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.HomeStaffDirectory;

/** Her home verifications: the care manager requests one, whoever visited records it. */
class VerificationsPanel extends VerticalLayout {

    VerificationsPanel(VerificationService verifications, HomeStaffDirectory staff, ResidentSummary resident,
                       Map<String, String> names, boolean careManager, LocalDate today, Runnable refresh) {
        setPadding(false);
        add(new H3(getTranslation("reintegration.verification.title")));
        if (careManager) {
            Button request = new Button(getTranslation("reintegration.verification.request"),
                    e -> new RequestVerificationDialog(verifications, staff, resident, refresh).open());
            request.setId("request-verification");
            add(request);
        }
        Grid<HomeVerification> grid = new Grid<>();
        grid.setId("verifications-grid");
        grid.addColumn(v -> Labels.of(this, v.getDestinationKind()) + ": " + v.getDestination())
                .setHeader(getTranslation("reintegration.verification.destination")).setFlexGrow(3);
        grid.addColumn(v -> v.assignee() == null ? "" : names.getOrDefault(v.assignee(), v.assignee()))
                .setHeader(getTranslation("reintegration.verification.assignee"));
        grid.addColumn(v -> DateFormats.date(v.getDueOn()) + (v.overdue(today) ? " ⚠ " + getTranslation("reintegration.overdue") : ""))
                .setHeader(getTranslation("reintegration.verification.dueOn"));
        grid.addColumn(v -> v.getStatus() == VerificationStatus.DONE
                        ? Labels.of(this, v.getRecommendation()) + " (" + DateFormats.date(v.getVisitDate()) + ")"
                        : Labels.of(this, v.getStatus()))
                .setHeader(getTranslation("reintegration.verification.outcome"));
        grid.addComponentColumn(v -> {
            if (v.getStatus() != VerificationStatus.PENDING) return new Span();
            Button record = new Button(getTranslation("reintegration.verification.record"),
                    e -> new RecordVerificationDialog(verifications, v, refresh).open());
            record.setId("record-verification-" + v.getId());
            return record;
        });
        grid.setItems(verifications.ofResident(resident.id()));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation(careManager ? "reintegration.verification.emptyManager" : "reintegration.verification.empty"));
        add(grid);
    }
}
