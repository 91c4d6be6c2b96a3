package org.aashray.residents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.SaveAction;
import org.aashray.residents.matching.ReturnConfirmations;
import org.aashray.residents.matching.ReturnToConfirm;
import org.aashray.residents.matching.ReturnToReview;

/**
 * The care manager's returning survivors: other homes asking whether a woman who arrived there stayed here before
 * (confirm or decline), and confirmed returns whose safety her home has still to review.
 */
@Route("residents/returns")
@Menu(title = "residents.returns.nav", order = 14, icon = "vaadin:exchange")
@RolesAllowed("CARE_MANAGER")
public class ReturnsView extends VerticalLayout implements HasDynamicTitle {

    final Div toConfirm = new Div();
    final Div toReview = new Div();
    private final ReturnConfirmations confirmations;

    public ReturnsView(ReturnConfirmations confirmations) {
        this.confirmations = confirmations;
        setMaxWidth("60rem");
        toConfirm.setId("returns-to-confirm");
        toReview.setId("returns-to-review");
        add(new H2(getTranslation("residents.returns.toConfirm")), toConfirm,
                new H2(getTranslation("residents.returns.toReview")), toReview);
        load();
    }

    private void load() {
        toConfirm.removeAll();
        toReview.removeAll();
        List<ReturnToConfirm> asked = confirmations.toConfirm();
        if (asked.isEmpty()) toConfirm.add(new Paragraph(getTranslation("residents.returns.noneToConfirm")));
        for (ReturnToConfirm q : asked) {
            Paragraph what = new Paragraph(getTranslation("residents.returns.question", q.askingHome(), q.askingDistrict(),
                    DateFormats.date(q.askedOn()), q.newName(), q.newAge(), Labels.origin(this, q.newOrigin()), q.newCaseNumber(),
                    q.earlierName(), q.earlierCaseNumber()));
            Button confirm = new Button(getTranslation("residents.returns.confirm"), e -> SaveAction.of(this)
                    .success("residents.returns.confirmed").reloading(this::load).then(this::load)
                    .run(() -> confirmations.confirm(q.requestId(), q.version())));
            confirm.addThemeVariants(ButtonVariant.PRIMARY);
            confirm.addClassName("confirm-return");
            Button decline = new Button(getTranslation("residents.returns.decline"), e -> declineDialog(q).open());
            decline.addClassName("decline-return");
            Div card = new Div(what, new HorizontalLayout(confirm, decline));
            card.addClassName("callout");
            toConfirm.add(card);
        }
        List<ReturnToReview> confirmed = confirmations.toReview();
        if (confirmed.isEmpty()) toReview.add(new Paragraph(getTranslation("residents.returns.noneToReview")));
        for (ReturnToReview r : confirmed) {
            Span what = new Span(getTranslation("residents.returns.review", r.caseNumber(), r.otherHome(), r.otherDistrict(),
                    DateFormats.date(r.confirmedOn())));
            RouterLink open = new RouterLink(r.caseNumber(), ResidentProfileView.class, r.residentId());
            Button reviewed = new Button(getTranslation("residents.returns.reviewed"), e -> SaveAction.of(this)
                    .reloading(this::load).then(this::load).run(() -> confirmations.markReviewed(r.requestId())));
            reviewed.addClassName("return-reviewed");
            HorizontalLayout line = new HorizontalLayout(what, open, reviewed);
            line.setAlignItems(Alignment.CENTER);
            toReview.add(line);
        }
    }

    private Dialog declineDialog(ReturnToConfirm q) {
        Dialog dialog = new Dialog(getTranslation("residents.returns.decline"));
        TextField reason = new TextField(getTranslation("residents.returns.reason"));
        reason.setMaxLength(300);
        reason.setWidthFull();
        reason.setId("decline-reason");
        Button save = new Button(getTranslation("residents.returns.decline"), e -> SaveAction.of(dialog, Map.of("reason", reason))
                .success("residents.returns.declined").closing(dialog).then(this::load)
                .run(() -> confirmations.decline(q.requestId(), q.version(), reason.getValue())));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("decline-save");
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("residents.returns.nav");
    }
}
