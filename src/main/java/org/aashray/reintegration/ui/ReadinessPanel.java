package org.aashray.reintegration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.aashray.base.i18n.DateFormats;
import org.aashray.reintegration.readiness.Readiness;
import org.aashray.reintegration.readiness.ReadinessService;
import org.aashray.residents.ResidentSummary;

/**
 * Her readiness today (with the PDF for the CWC or the magistrate, and the care manager's override when she is
 * not ready), a new check started from the previous answers, and the checks recorded before.
 */
class ReadinessPanel extends VerticalLayout {

    ReadinessPanel(ReadinessService readiness, ResidentSummary resident, boolean careManager, Runnable refresh) {
        setPadding(false);
        long id = resident.id();
        Readiness current = readiness.current(id);
        add(new H3(getTranslation("reintegration.readiness.title")));
        Span result = new Span(resultText(current));
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
            Button override = new Button(getTranslation("reintegration.override.button"),
                    e -> new OverrideDialog(readiness, id, refresh).open());
            override.setId("readiness-override");
            override.addThemeVariants(ButtonVariant.ERROR);
            actions.add(override);
        }
        if (current.overridden()) actions.add(new Span(getTranslation("reintegration.override.active", current.overrideReason())));
        add(actions);
        add(new ReadinessChecklist(readiness, id, refresh));
        List<Readiness> history = readiness.history(id);
        if (!history.isEmpty()) {
            Grid<Readiness> grid = new Grid<>();
            grid.setId("readiness-history");
            grid.addColumn(r -> DateFormats.date(r.checkedOn())).setHeader(getTranslation("reintegration.readiness.checkedOn"));
            grid.addColumn(Readiness::checkedBy).setHeader(getTranslation("reintegration.readiness.checkedBy"));
            grid.addColumn(this::resultText).setHeader(getTranslation("reintegration.readiness.result")).setFlexGrow(3);
            grid.setItems(history);
            grid.setAllRowsVisible(true);
            add(new H3(getTranslation("reintegration.readiness.history")), grid);
        }
    }

    private String resultText(Readiness r) {
        if (!r.checked()) return getTranslation("reintegration.readiness.never");
        if (r.ready()) return getTranslation("reintegration.readiness.ready");
        return getTranslation("reintegration.readiness.notReadyMissing",
                r.missing().stream().map(i -> Labels.of(this, i)).collect(Collectors.joining(", ")));
    }
}
