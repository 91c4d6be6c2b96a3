package org.aashray.placements.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.SaveAction;
import org.aashray.placements.absences.AbsenceKind;
import org.aashray.placements.absences.AbsenceService;

/** A resident goes to hospital, to court or on a home visit; her bed stays hers until she is back. */
class AbsenceDialog extends Dialog {

    final Select<AbsenceKind> kind = new Select<>();
    final DatePicker leftOn = new DatePicker();
    final DatePicker expectedReturn = new DatePicker();
    final TextField note = new TextField();

    AbsenceDialog(AbsenceService absences, long residentId, String who, LocalDate today, Runnable onDone) {
        setHeaderTitle(getTranslation("placements.away.title", who));
        kind.setLabel(getTranslation("placements.away.kind"));
        kind.setItems(AbsenceKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("placements.absence." + k));
        kind.setValue(AbsenceKind.HOSPITAL);
        DateFormats.apply(leftOn);
        DateFormats.apply(expectedReturn);
        leftOn.setLabel(getTranslation("placements.away.leftOn"));
        leftOn.setValue(today);
        leftOn.setMax(today);
        expectedReturn.setLabel(getTranslation("placements.away.expectedReturn"));
        expectedReturn.setValue(today.plusDays(1));
        note.setLabel(getTranslation("placements.away.note"));
        note.setMaxLength(300); // placement_absences.note
        add(new FormLayout(kind, leftOn, expectedReturn, note));
        Map<String, HasValidation> fields = Map.of("kind", kind, "leftOn", leftOn, "expectedReturn", expectedReturn, "note", note);
        Button save = new Button(getTranslation("common.save"), e -> SaveAction.of(this, fields).closing(this).then(onDone)
                .run(() -> absences.startAbsence(residentId, kind.getValue(), leftOn.getValue(), expectedReturn.getValue(), note.getValue())));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
