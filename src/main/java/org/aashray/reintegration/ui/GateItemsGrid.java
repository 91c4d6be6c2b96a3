package org.aashray.reintegration.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aashray.placements.ExitReason;
import org.aashray.reintegration.readiness.ReadinessItem;

/**
 * Which readiness items each gated exit kind requires: one row per item, one checkbox column per kind. A CSS grid
 * of plain checkboxes rather than a data grid, so Tab walks through every box and Space ticks it, and the columns
 * share an 800 px window (headers wrap). Each box is labelled "item: kind" for screen readers.
 */
class GateItemsGrid extends Div {

    private final Map<ExitReason, Map<ReadinessItem, Checkbox>> boxes = new LinkedHashMap<>();

    GateItemsGrid(List<ReadinessItem> items, Map<ExitReason, Set<ReadinessItem>> required) {
        setId("gate-items");
        getStyle().set("display", "grid").set("gap", "var(--lumo-space-xs) var(--lumo-space-m)").set("align-items", "center")
                .set("grid-template-columns", "minmax(10em, 2fr) repeat(" + required.size() + ", minmax(5em, 1fr))")
                .set("max-width", "60em");
        getElement().setAttribute("role", "group");
        add(new Span(getTranslation("reintegration.settings.gateItem")));
        required.keySet().forEach(kind -> {
            Span header = new Span(Labels.of(this, kind));
            header.getStyle().set("font-weight", "600").set("overflow-wrap", "anywhere");
            add(header);
            boxes.put(kind, new EnumMap<>(ReadinessItem.class));
        });
        for (ReadinessItem item : items) {
            Span label = new Span(Labels.of(this, item));
            label.getStyle().set("overflow-wrap", "anywhere");
            add(label);
            required.forEach((kind, set) -> {
                Checkbox box = new Checkbox(set.contains(item));
                box.setId("gate-" + kind + "-" + item);
                box.setAriaLabel(Labels.of(this, item) + ": " + Labels.of(this, kind));
                boxes.get(kind).put(item, box);
                add(box);
            });
        }
    }

    /** The items ticked for each kind. */
    Map<ExitReason, Set<ReadinessItem>> value() {
        Map<ExitReason, Set<ReadinessItem>> result = new LinkedHashMap<>();
        boxes.forEach((kind, row) -> {
            Set<ReadinessItem> ticked = EnumSet.noneOf(ReadinessItem.class);
            row.forEach((item, box) -> {
                if (box.getValue()) ticked.add(item);
            });
            result.put(kind, ticked);
        });
        return result;
    }
}
