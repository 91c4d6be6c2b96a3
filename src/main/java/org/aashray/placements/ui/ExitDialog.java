package org.aashray.placements.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.ConfirmAction;
import org.aashray.base.ui.SaveAction;
import org.aashray.placements.ExitReason;
import org.aashray.placements.ExitRemedy;
import org.aashray.placements.ExitRequest;
import org.aashray.placements.board.BedBoard;
import org.aashray.placements.exits.ExitService;

/**
 * A resident leaves care; absconding records when she was missed and who was informed. When another feature refuses
 * the exit, what it offers to lift the refusal ({@link ExitRemedy}) is shown under the fields.
 */
class ExitDialog extends Dialog {

    final Select<ExitReason> reason = new Select<>();
    final DatePicker date = new DatePicker();
    final TextField destination = new TextField();
    final TextField releasedTo = new TextField();
    final TextField releasedToPhone = new TextField();
    final TextField order = new TextField();
    final TextField note = new TextField();
    final DateTimePicker abscondedAt = new DateTimePicker();
    final Checkbox informedPolice = new Checkbox();
    final Checkbox informedCwc = new Checkbox();
    final TextField informedDetails = new TextField();
    final Button save = new Button();
    final Div remedies = new Div();

    ExitDialog(ExitService exits, List<ExitRemedy> remedyProviders, BedBoard.Bed occupied, boolean careManager,
               LocalDate today, Runnable onDone) {
        setId("exit-dialog");
        reason.setLabel(getTranslation("placements.exit.reason"));
        reason.setItems(careManager ? List.of(ExitReason.values()) : List.of(ExitReason.ABSCONDED));
        reason.setItemLabelGenerator(r -> getTranslation("placements.exitReason." + r));
        reason.setId("exit-reason");
        DateFormats.apply(date);
        DateFormats.apply(abscondedAt);
        date.setLabel(getTranslation("placements.exit.date"));
        date.setValue(today);
        date.setMax(today);
        destination.setLabel(getTranslation("placements.exit.destination"));
        releasedTo.setLabel(getTranslation("placements.exit.releasedTo"));
        releasedTo.setHelperText(getTranslation("placements.exit.releasedToHelp"));
        releasedToPhone.setLabel(getTranslation("placements.exit.releasedToPhone"));
        order.setLabel(getTranslation("placements.exit.order"));
        note.setLabel(getTranslation("placements.exit.note"));
        abscondedAt.setLabel(getTranslation("placements.exit.abscondedAt"));
        informedPolice.setLabel(getTranslation("placements.exit.informedPolice"));
        informedCwc.setLabel(getTranslation("placements.exit.informedCwc"));
        informedDetails.setLabel(getTranslation("placements.exit.informedDetails"));
        informedDetails.setHelperText(getTranslation("placements.exit.informedHelp"));
        // as wide as their columns in placements
        destination.setMaxLength(300);
        releasedTo.setMaxLength(120);
        releasedToPhone.setMaxLength(20);
        order.setMaxLength(120);
        note.setMaxLength(500);
        informedDetails.setMaxLength(300);
        reason.addValueChangeListener(e -> {
            boolean absconded = e.getValue() == ExitReason.ABSCONDED;
            // absconding is recorded as her going missing, not as her leaving
            setHeaderTitle(getTranslation(absconded ? "placements.exit.titleMissing" : "placements.exit.title", occupied.who()));
            save.setText(getTranslation(absconded ? "placements.board.absconded" : "placements.exit.save"));
            abscondedAt.setVisible(absconded);
            informedPolice.setVisible(absconded);
            informedCwc.setVisible(absconded);
            informedDetails.setVisible(absconded);
            boolean goesSomewhere = e.getValue() != null && e.getValue().needsDestination();
            destination.setVisible(!absconded);
            releasedTo.setVisible(goesSomewhere);
            releasedToPhone.setVisible(goesSomewhere);
            order.setVisible(!absconded);
        });
        reason.setValue(careManager ? ExitReason.RESTORED_TO_FAMILY : ExitReason.ABSCONDED);
        FormLayout form = new FormLayout(reason, date, destination, releasedTo, releasedToPhone, order, note, abscondedAt, informedPolice, informedCwc,
                informedDetails);
        remedies.setId("exit-remedies");
        remedies.getElement().setAttribute("aria-live", "polite");
        add(form, remedies);
        Map<String, HasValidation> fields = Map.of("reason", reason, "date", date, "destination", destination,
                "releasedTo", releasedTo, "releasedToPhone", releasedToPhone, "order", order,
                "note", note, "abscondedAt", abscondedAt, "informedDetails", informedDetails);
        save.setId("exit-save");
        save.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        Runnable staleBoard = () -> {
            close();
            onDone.run();
        };
        save.addClickListener(e -> ConfirmAction.ask(getTranslation(missing() ? "placements.exit.confirmMissingTitle"
                        : "placements.exit.confirmTitle"),
                getTranslation(missing() ? "placements.exit.confirmMissing" : "placements.exit.confirm", occupied.who()), save.getText(),
                getTranslation("common.cancel"), () -> {
                    ExitRequest request = request(occupied);
                    remedies.removeAll();
                    boolean saved = SaveAction.of(this, fields).closing(this).then(onDone).reloading(staleBoard)
                            .run(() -> exits.exit(request));
                    if (!saved && isOpened()) offerRemedies(remedyProviders, request, fields.values());
                }));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    /** What other features offer for this refusal; once one lifts it, the messages go and the exit can be saved. */
    private void offerRemedies(List<ExitRemedy> providers, ExitRequest refused, java.util.Collection<HasValidation> fields) {
        for (ExitRemedy provider : providers) {
            provider.offer(refused, () -> {
                remedies.removeAll();
                fields.forEach(f -> f.setInvalid(false));
                Paragraph lifted = new Paragraph(getTranslation("placements.exit.refusalLifted"));
                lifted.setId("exit-refusal-lifted");
                remedies.add(lifted);
                save.focus();
            }).ifPresent(remedies::add);
        }
    }

    private boolean missing() {
        return reason.getValue() == ExitReason.ABSCONDED;
    }

    private ExitRequest request(BedBoard.Bed occupied) {
        return new ExitRequest(occupied.residentId(), occupied.placementId(), occupied.placementVersion(), date.getValue(),
                reason.getValue(), destination.getValue(), order.getValue(), note.getValue(), abscondedAt.getValue(),
                informedPolice.getValue(), informedCwc.getValue(), informedDetails.getValue(), releasedTo.getValue(),
                releasedToPhone.getValue());
    }
}
