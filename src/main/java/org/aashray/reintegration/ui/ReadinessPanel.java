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
import org.aashray.base.ui.GridFit;
import org.aashray.placements.ExitReason;
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
        // for which exit kinds she is ready, one line each
        VerticalLayout results = new VerticalLayout();
        results.setPadding(false);
        results.setSpacing(false);
        results.setId("readiness-result");
        if (!current.checked()) results.add(new Span(getTranslation("reintegration.readiness.never")));
        for (ExitReason kind : current.gatedKinds()) {
            Span result = new Span(Labels.of(this, kind) + ": " + kindText(current, kind));
            result.setId("readiness-result-" + kind);
            result.getElement().getThemeList().add(current.readyFor(kind) ? "badge success" : "badge error");
            result.getStyle().set("white-space", "normal");
            results.add(result);
            if (current.overridden(kind)) {
                results.add(new Span(getTranslation("reintegration.override.activeFor", Labels.of(this, kind), current.overrides().get(kind))));
            }
        }
        add(results);
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = readiness.pdf(id, getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "readiness-" + resident.caseNumber() + ".pdf",
                    "application/pdf", bytes.length);
        }), getTranslation("reintegration.readiness.pdf"));
        pdf.setId("readiness-pdf");
        pdf.setTarget("_blank");
        actions.add(pdf);
        List<ExitReason> stopped = current.gatedKinds().stream().filter(current::stops).toList();
        if (careManager && !stopped.isEmpty()) {
            Button override = new Button(getTranslation("reintegration.override.button"),
                    e -> new OverrideDialog(readiness, id, stopped, refresh).open());
            override.setId("readiness-override");
            override.addThemeVariants(ButtonVariant.ERROR);
            actions.add(override);
        }
        add(actions);
        add(new ReadinessChecklist(readiness, id, refresh));
        List<Readiness> history = readiness.history(id);
        if (!history.isEmpty()) {
            Grid<Readiness> grid = new Grid<>();
            grid.setId("readiness-history");
            GridFit.wrap(grid); // the result names every exit kind she was ready for
            GridFit.from(grid.addColumn(r -> DateFormats.date(r.checkedOn())).setHeader(getTranslation("reintegration.readiness.checkedOn")), "8em");
            GridFit.from(grid.addColumn(Readiness::checkedBy).setHeader(getTranslation("reintegration.readiness.checkedBy")), "8em");
            GridFit.from(grid.addColumn(this::resultText).setHeader(getTranslation("reintegration.readiness.result")), "12em", 3);
            grid.setItems(history);
            grid.setAllRowsVisible(true);
            add(new H3(getTranslation("reintegration.readiness.history")), grid);
        }
    }

    private String kindText(Readiness r, ExitReason kind) {
        if (r.readyFor(kind)) return getTranslation("reintegration.readiness.ready");
        return getTranslation("reintegration.readiness.notReadyMissing",
                r.missing(kind).stream().map(i -> Labels.of(this, i)).collect(Collectors.joining(", ")));
    }

    /** A recorded check in one line: the exit kinds she was ready for. */
    private String resultText(Readiness r) {
        List<String> ready = r.gatedKinds().stream().filter(r::readyFor).map(k -> Labels.of(this, k)).toList();
        return ready.isEmpty() ? getTranslation("reintegration.readiness.notReady")
                : getTranslation("reintegration.readiness.readyFor", String.join(", ", ready));
    }
}
