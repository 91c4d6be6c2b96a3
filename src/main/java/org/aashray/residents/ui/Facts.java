package org.aashray.residents.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A label-value list for reading a record at a glance. Values are plain text, never HTML. */
class Facts extends Div {

    Facts() {
        getStyle().set("display", "grid").set("grid-template-columns", "minmax(10rem, max-content) 1fr")
                .set("gap", "0.25rem 1rem").set("width", "100%");
    }

    Facts add(String label, String value) {
        Span l = new Span(label);
        l.addClassName("muted");
        Span v = new Span(value == null || value.isBlank() ? "—" : value);
        add(l, v);
        return this;
    }
}
