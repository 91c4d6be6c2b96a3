package org.aashray.alerts.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.aashray.alerts.AlertInbox;
import org.aashray.alerts.AlertItem;
import org.aashray.alerts.AlertNote;
import org.aashray.alerts.AlertStatus;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.SaveAction;
import org.aashray.security.HomeStaffDirectory.StaffMember;

/** One alert: open its record, acknowledge, assign to a colleague, comment, resolve with a reason. */
class AlertDialog extends Dialog {

    final Button openRecord = new Button();
    final Button acknowledge = new Button();
    final ComboBox<StaffMember> assignee = new ComboBox<>();
    final Button assign = new Button();
    final TextArea comment = new TextArea();
    final Button addComment = new Button();
    final TextField reason = new TextField();
    final Button resolve = new Button();
    final Div comments = new Div();
    private final Paragraph facts = new Paragraph();
    private final AlertInbox inbox;
    private final long id;
    private final Runnable afterChange;

    AlertDialog(AlertInbox inbox, long id, Runnable afterChange) {
        this.inbox = inbox;
        this.id = id;
        this.afterChange = afterChange;
        setId("alert-dialog");
        setWidth("min(44rem, 95vw)");
        AlertItem alert = inbox.get(id);
        setHeaderTitle(getTranslation(alert.titleKey()));

        Paragraph description = new Paragraph(getTranslation(alert.descriptionKey(), alert.descriptionArgs().toArray()));
        description.setId("alert-description");
        facts.addClassName("muted");
        facts.setId("alert-facts");
        showFacts(alert);
        add(description, facts);
        List<AlertNote> earlier = inbox.earlierResolutions(id);
        if (!earlier.isEmpty()) {
            Div raisedAgain = new Div(new Paragraph(getTranslation("alerts.raisedAgain")));
            earlier.forEach(n -> raisedAgain.add(new Paragraph(getTranslation("alerts.earlierResolution",
                    DateFormats.dateTime(n.writtenAt(), getLocale()), n.author(), n.text()))));
            raisedAgain.addClassName("callout");
            raisedAgain.setId("alert-earlier");
            add(raisedAgain);
        }

        openRecord.setText(getTranslation("alerts.openRecord"));
        openRecord.setId("alert-open-record");
        openRecord.setVisible(alert.route() != null);
        openRecord.addClickListener(e -> {
            close();
            getUI().ifPresent(ui -> ui.navigate(alert.route()));
        });
        acknowledge.setText(getTranslation("alerts.acknowledge"));
        acknowledge.setId("alert-acknowledge");
        acknowledge.addClickListener(e -> change(Map.of()).run(() -> inbox.acknowledge(id)));
        add(new HorizontalLayout(openRecord, acknowledge));

        assignee.setLabel(getTranslation("alerts.assignTo"));
        assignee.setId("alert-assignee");
        assignee.setItems(inbox.colleaguesFor(id));
        assignee.setItemLabelGenerator(StaffMember::displayName);
        assign.setText(getTranslation("alerts.assign"));
        assign.setId("alert-assign");
        assign.addClickListener(e -> {
            if (assignee.getValue() == null) {
                assignee.setErrorMessage(getTranslation("validation.required"));
                assignee.setInvalid(true);
                return;
            }
            change(Map.of("assignee", assignee)).run(() -> inbox.assign(id, assignee.getValue().id()));
        });
        HorizontalLayout assignRow = new HorizontalLayout(assignee, assign);
        assignRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(assignRow);

        add(new H4(getTranslation("alerts.comments")), comments);
        comments.setId("alert-comments");
        showComments();
        comment.setLabel(getTranslation("alerts.comment"));
        comment.setId("alert-comment");
        comment.setMaxLength(1000);
        comment.setWidthFull();
        addComment.setText(getTranslation("alerts.addComment"));
        addComment.setId("alert-add-comment");
        addComment.addClickListener(e -> {
            if (change(Map.of("comment", comment)).success(null).run(() -> inbox.comment(id, comment.getValue()))) {
                comment.clear();
                showComments();
            }
        });
        add(comment, addComment);

        reason.setLabel(getTranslation("alerts.reason"));
        reason.setHelperText(getTranslation("alerts.reasonHelp"));
        reason.setId("alert-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        resolve.setText(getTranslation("alerts.resolve"));
        resolve.setId("alert-resolve");
        resolve.addThemeVariants(ButtonVariant.PRIMARY);
        resolve.addClickListener(e -> change(Map.of("reason", reason)).success("alerts.resolved").closing(this)
                .run(() -> inbox.resolve(id, reason.getValue())));
        add(reason);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), resolve);
    }

    private void showComments() {
        comments.removeAll();
        inbox.comments(id).forEach(c -> comments.add(new Paragraph(DateFormats.dateTime(c.writtenAt(), getLocale())
                + " · " + c.author() + ": " + c.text())));
    }

    /** Home, due date, state (who acknowledged) and assignee, as they are now. */
    private void showFacts(AlertItem alert) {
        String text = alert.homeName() + " · " + getTranslation("alerts.due") + " " + DateFormats.date(alert.dueDate(), getLocale())
                + " · " + getTranslation("alerts.status." + alert.status())
                + (alert.acknowledgedBy() == null ? "" : " (" + alert.acknowledgedBy() + ")")
                + (alert.assigneeName() == null ? "" : " · " + getTranslation("alerts.assignee") + " " + alert.assigneeName());
        facts.setText(text);
        acknowledge.setEnabled(alert.status() == AlertStatus.OPEN);
    }

    /**
     * A change to the alert: a refused input is shown next to its field; once saved the dialog shows the alert's new
     * state and the inbox behind follows.
     */
    private SaveAction change(Map<String, ? extends HasValidation> fields) {
        return SaveAction.of(this, fields).then(() -> {
            if (isOpened()) {
                showFacts(inbox.get(id));
            }
            afterChange.run();
        });
    }
}
