package org.aashray.reintegration.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import org.aashray.base.ui.SaveAction;
import org.aashray.reintegration.internal.ReintegrationSettings;
import org.aashray.reintegration.internal.ReintegrationSettingsService;

/** ADMIN edits the reintegration limits, the follow-up schedule and which readiness items each exit kind requires. */
@Route("admin/reintegration")
@Menu(title = "nav.reintegrationSettings", order = 95, icon = "vaadin:sliders")
@RolesAllowed("ADMIN")
public class ReintegrationSettingsView extends VerticalLayout implements HasDynamicTitle {

    public ReintegrationSettingsView(ReintegrationSettingsService service) {
        add(new H2(getTranslation("nav.reintegrationSettings")));
        ReintegrationSettings s = service.settings();
        Map<String, HasValidation> fields = new HashMap<>();
        IntegerField due = number(fields, "verificationDueDays", s.getVerificationDueDays());
        IntegerField valid = number(fields, "verificationValidDays", s.getVerificationValidDays());
        TextField months = new TextField(getTranslation("reintegration.settings.followupMonths"), s.getFollowupMonths(), "");
        fields.put("followupMonths", months);
        IntegerField grace = number(fields, "followupGraceDays", s.getFollowupGraceDays());
        IntegerField attempts = number(fields, "unreachableAttempts", s.getUnreachableAttempts());
        IntegerField permit = number(fields, "permitWarningDays", s.getPermitWarningDays());
        add(new FormLayout(due, valid, months, grace, attempts, permit));
        add(new H3(getTranslation("reintegration.settings.gates")), new Paragraph(getTranslation("reintegration.settings.gatesHelp")));
        GateItemsGrid gates = new GateItemsGrid(service.checklistItems(), service.gateItems());
        add(gates);
        Button save = new Button(getTranslation("common.save"), e -> {
            s.setVerificationDueDays(val(due));
            s.setVerificationValidDays(val(valid));
            s.setFollowupMonths(months.getValue());
            s.setFollowupGraceDays(val(grace));
            s.setUnreachableAttempts(val(attempts));
            s.setPermitWarningDays(val(permit));
            SaveAction.of(this, fields).then(() -> getUI().ifPresent(ui -> ui.getPage().reload()))
                    .run(() -> service.save(s, gates.value()));
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(save);
    }

    private IntegerField number(Map<String, HasValidation> fields, String key, int value) {
        IntegerField f = new IntegerField(getTranslation("reintegration.settings." + key));
        f.setValue(value);
        fields.put(key, f);
        return f;
    }

    private static int val(IntegerField f) {
        return f.getValue() == null ? -1 : f.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reintegrationSettings");
    }
}
