package org.aashray.residents.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.Notifications;
import org.aashray.base.ui.SaveAction;
import org.aashray.residents.ResidentSummary;
import org.aashray.residents.matching.ReturnRequestLine;
import org.aashray.residents.casework.ResidentPhotoService;
import org.aashray.residents.internal.Resident;

/** The first tab: intake facts, consent, accompanying children, earlier stays and the photo. */
class OverviewTab extends VerticalLayout {

    OverviewTab(ResidentProfileView view, ProfileServices services, Resident r, LocalDate today) {
        setPadding(false);
        Facts facts = new Facts()
                .add(getTranslation("residents.admittedOn"), DateFormats.date(r.getAdmittedOn()))
                .add(getTranslation("residents.age"), r.age(today) + (r.isBirthDateExact() ? " · " + DateFormats.date(r.getBirthDate())
                        : " " + getTranslation("residents.approximate")))
                .add(getTranslation("residents.gender"), Labels.label(this, r.getGender()))
                .add(getTranslation("residents.languages"), r.getLanguages())
                .add(getTranslation("residents.origin"), Labels.origin(this, r.getOrigin()))
                .add(getTranslation("residents.referredBy"), Labels.label(this, r.getReferredBy()))
                .add(getTranslation("residents.orderNumber"), join(r.getOrderNumber(), DateFormats.date(r.getOrderDate())))
                .add(getTranslation("residents.rescueDate"), join(DateFormats.date(r.getRescueDate()), Labels.label(this, r.getRescuePlace())))
                .add(getTranslation("residents.form"), Labels.label(this, r.getTraffickingForm()));
        facts.setId("overview-facts");
        add(facts);
        if (view.mayEdit()) {
            Button edit = new Button(getTranslation("residents.editProfile"), e -> new ProfileForm(services.residents(), r, view::reload).open());
            edit.setId("edit-profile");
            add(edit);
        }

        add(new H3(getTranslation("residents.consent")));
        services.consents().consent(r.getId()).ifPresentOrElse(c -> add(new Facts()
                .add(getTranslation("residents.consent.explained"), c.getExplained())
                .add(getTranslation("residents.consent.language"), c.getLanguage())
                .add(getTranslation("residents.consent.agreed"), String.join(", ", agreed(c.isAgreesData(), "data",
                        c.isAgreesCounselling(), "counselling", c.isAgreesMedical(), "medical", c.isAgreesPhoto(), "photo")))
                .add(getTranslation("residents.consent.witness"), c.getWitness())
                .add(getTranslation("residents.consent.recorded"), DateFormats.date(c.getRecordedOn()) + " · " + c.getRecordedBy())),
                () -> add(new Span(getTranslation("residents.consent.none"))));
        if (view.mayEdit() && r.isConsentRecorded()) {
            add(new Button(getTranslation("residents.consent.renew"), e -> new ConsentDialog(services.consents(), r.getId(), view::reload).open()));
        }

        List<ResidentSummary> children = services.children().of(r.getId());
        if (r.getMotherId() != null || !children.isEmpty() || view.mayEdit()) {
            add(new H3(getTranslation("residents.children")));
        }
        if (r.getMotherId() != null) {
            add(new RouterLink(getTranslation("residents.motherLink"), ResidentProfileView.class, r.getMotherId()));
        }
        children.forEach(c -> add(new RouterLink(c.name() + " · " + c.caseNumber() + " · " + c.age(today),
                ResidentProfileView.class, c.id())));
        if (view.mayEdit() && r.getMotherId() == null) {
            Button addChild = new Button(getTranslation("residents.addChild"), e -> UI.getCurrent().navigate(IntakeView.class,
                    QueryParameters.simple(Map.of("mother", String.valueOf(r.getId())))));
            addChild.setId("add-child");
            add(addChild);
        }

        List<ResidentSummary> earlier = services.returning().earlierStays(r.getId());
        if (!earlier.isEmpty()) {
            add(new H3(getTranslation("residents.earlierStays")));
            earlier.forEach(e -> add(new Span(getTranslation("residents.earlierStay", e.caseNumber(), DateFormats.date(e.admittedOn()),
                    Labels.label(this, e.status()), Labels.label(this, e.traffickingForm())))));
        } else if (r.getEarlierStayId() != null) {
            add(new Span(getTranslation("residents.earlierStayHidden")));
        }
        for (ReturnRequestLine q : services.confirmations().asked(r.getId())) {
            Span line = new Span(getTranslation("residents.returns.line." + q.status(), q.earlierHome(), q.earlierDistrict(),
                    q.earlierCaseNumber(), DateFormats.date(q.askedOn()), q.declineReason() == null ? "" : q.declineReason()));
            line.addClassName("return-request");
            add(line);
        }
        if (view.mayEdit() && r.getEarlierStayId() == null && r.getMotherId() == null) {
            Button look = new Button(getTranslation("residents.matches.look"),
                    e -> new EarlierStayDialog(services.returning(), services.confirmations(), r, view::reload).open());
            look.setId("look-for-earlier-stay");
            add(look);
        }

        if (view.mayEdit()) {
            add(new H3(getTranslation("residents.photo")));
            UI ui = UI.getCurrent();
            Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> SaveAction.of(this).success(null)
                    .then(view::reload).run(() -> services.photos().setPhoto(r.getId(), meta.contentType(), bytes)))));
            upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
            upload.setMaxFileSize(ResidentPhotoService.MAX_PHOTO_BYTES);
            upload.setMaxFiles(1);
            upload.addFileRejectedListener(e -> Notifications.error(getTranslation("residents.validation.photoSize")));
            add(new HorizontalLayout(upload, new Span(getTranslation("residents.photoHelp"))));
        }
    }

    private List<String> agreed(Object... pairs) {
        List<String> result = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if ((Boolean) pairs[i]) result.add(getTranslation("residents.consent." + pairs[i + 1]));
        }
        return result;
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) return b;
        return b == null || b.isBlank() ? a : a + " · " + b;
    }
}
