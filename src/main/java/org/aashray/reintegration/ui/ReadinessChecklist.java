package org.aashray.reintegration.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.aashray.base.ui.Notifications;
import org.aashray.base.ui.SaveAction;
import org.aashray.reintegration.readiness.Answer;
import org.aashray.reintegration.readiness.Readiness;
import org.aashray.reintegration.readiness.ReadinessItem;
import org.aashray.reintegration.readiness.ReadinessItemAnswer;
import org.aashray.reintegration.readiness.ReadinessService;

/**
 * A new readiness check, started from the previous answers: one line per item with met / not met / not
 * applicable and a note. The home verification line is computed and read-only; items an exit kind requires are marked.
 */
class ReadinessChecklist extends VerticalLayout {

    final Map<ReadinessItem, Select<Answer>> answers = new EnumMap<>(ReadinessItem.class);
    final Map<ReadinessItem, TextField> notes = new EnumMap<>(ReadinessItem.class);
    final Button save = new Button();

    ReadinessChecklist(ReadinessService readiness, long residentId, Runnable onSaved) {
        setPadding(false);
        setSpacing(false);
        setId("readiness-checklist");
        Map<String, HasValidation> fields = new HashMap<>();
        for (Readiness.ItemState s : readiness.draft(residentId)) {
            Span label = new Span(getTranslation("reintegration.item." + s.item())
                    + (s.blocking() ? " *" : ""));
            label.getStyle().set("flex", "1 1 14em"); // label, answer and note share a narrow window, wrapping if need be
            Select<Answer> answer = new Select<>();
            answer.setItems(Answer.values());
            answer.setItemLabelGenerator(a -> Labels.of(this, a));
            answer.setValue(s.answer());
            answer.setId("answer-" + s.item());
            answer.setAriaLabel(label.getText());
            TextField note = new TextField();
            note.setValue(s.note() == null ? "" : s.note());
            note.setPlaceholder(getTranslation("reintegration.readiness.note"));
            note.setAriaLabel(getTranslation("reintegration.readiness.noteOn", label.getText())); // a placeholder is no label
            note.setId("note-" + s.item());
            note.setMaxLength(500); // reint_readiness_answers.note
            note.getStyle().set("flex", "1 1 16em").set("max-width", "24em");
            if (s.item().computed()) {
                answer.setReadOnly(true);
                note.setReadOnly(true);
                note.setHelperText(getTranslation("reintegration.readiness.computed"));
            }
            answers.put(s.item(), answer);
            notes.put(s.item(), note);
            fields.put(s.item().name(), answer);
            fields.put(s.item().name() + ".note", note);
            HorizontalLayout line = new HorizontalLayout(label, answer, note);
            line.setWrap(true);
            line.setWidthFull();
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(line);
        }
        add(new Span(getTranslation("reintegration.readiness.requiredHint")));
        save.setText(getTranslation("reintegration.readiness.save"));
        save.setId("readiness-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            List<ReadinessItemAnswer> given = new ArrayList<>();
            answers.forEach((item, select) -> given.add(new ReadinessItemAnswer(item, select.getValue(), notes.get(item).getValue())));
            // the confirmation says whether the check she saved is ready
            AtomicReference<Readiness> saved = new AtomicReference<>();
            if (SaveAction.of(this, fields).success(null).run(() -> saved.set(readiness.record(residentId, given)))) {
                Readiness r = saved.get();
                List<String> readyFor = r.gatedKinds().stream().filter(r::readyFor).map(k -> Labels.of(this, k)).toList();
                Notifications.success(readyFor.isEmpty() ? getTranslation("reintegration.readiness.savedNotReady")
                        : getTranslation("reintegration.readiness.savedReadyFor", String.join(", ", readyFor)));
                onSaved.run();
            }
        });
        add(save);
    }
}
