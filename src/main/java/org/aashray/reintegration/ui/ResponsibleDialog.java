package org.aashray.reintegration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.aashray.base.ui.SaveAction;
import org.aashray.reintegration.followup.ExitInfo;
import org.aashray.reintegration.followup.FollowUpService;
import org.aashray.security.HomeStaffDirectory;

/**
 * Who is responsible for her in the source area after she left: a partner organisation or a member of staff
 * of the home, chosen from its staff (a typed name matched nobody's account).
 */
class ResponsibleDialog extends Dialog {

    ResponsibleDialog(FollowUpService followUps, HomeStaffDirectory staff, long homeId, ExitInfo exit, Runnable onSaved) {
        setHeaderTitle(getTranslation("reintegration.followup.setResponsible"));
        TextField partner = new TextField(getTranslation("reintegration.followup.partner"));
        partner.setId("responsible-partner");
        partner.setMaxLength(200); // reint_exits.responsible_partner
        partner.setValue(exit.responsiblePartner() == null ? "" : exit.responsiblePartner());
        ComboBox<HomeStaffDirectory.StaffMember> user = new ComboBox<>(getTranslation("reintegration.followup.staff"));
        user.setId("responsible-staff");
        List<HomeStaffDirectory.StaffMember> members = staff.staffOf(homeId);
        user.setItems(members);
        user.setItemLabelGenerator(HomeStaffDirectory.StaffMember::displayName);
        user.setClearButtonVisible(true);
        members.stream().filter(m -> m.username().equals(exit.responsibleUsername())).findFirst().ifPresent(user::setValue);
        add(new FormLayout(partner, user));
        Button save = new Button(getTranslation("common.save"), e -> SaveAction.of(this,
                        Map.of("responsiblePartner", partner, "responsibleUsername", user)).success(null).closing(this).then(onSaved)
                .run(() -> followUps.setResponsible(exit.id(), exit.version(), partner.getValue(),
                        user.getValue() == null ? null : user.getValue().username())));
        save.setId("responsible-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
