package org.aashray.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** What an empty list shows: what it is for and what to do next. */
public class EmptyState extends Div {

    public EmptyState(String message) {
        addClassName("empty-state");
        add(new Paragraph(message));
    }
}
