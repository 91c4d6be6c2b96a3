package org.aashray.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.aashray.base.i18n.BundleTranslationProvider;
import org.aashray.security.AccountSelfService;
import org.aashray.security.CurrentUser;
import org.aashray.security.ui.ChangePasswordView;
import org.aashray.security.ui.LoginView;
import org.springframework.stereotype.Component;

/**
 * On every navigation: speak the user's language, send someone with a one-time password to choose their
 * own before anything else, and close the dialogs of the page she leaves.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    private static final String LANGUAGE_APPLIED = "aashray.languageApplied";

    private final CurrentUser currentUser;
    private final AccountSelfService accounts;

    UiSetup(CurrentUser currentUser, AccountSelfService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            currentUser.get().ifPresent(user -> {
                Locale locale = BundleTranslationProvider.localeFor(user.language());
                if (ui.getSession().getAttribute(LANGUAGE_APPLIED) == null) {
                    ui.getSession().setAttribute(LANGUAGE_APPLIED, Boolean.TRUE);
                    Object chosenAtLogin = ui.getSession().getAttribute(LoginView.CHOSEN_LANGUAGE);
                    if (chosenAtLogin instanceof Locale chosen) {
                        accounts.setLanguage(chosen.getLanguage()); // the login page's choice becomes the preference
                    }
                    ui.getSession().setLocale(BundleTranslationProvider.localeFor(accounts.language()));
                }
                ui.setLocale(ui.getSession().getLocale() == null ? locale : ui.getSession().getLocale());
            });
            ui.addBeforeEnterListener(this::forcePasswordChange);
            ui.addBeforeLeaveListener(leave -> closeDialogs(ui));
        });
    }

    /**
     * A dialog belongs to the page it was opened on. Left open when she goes elsewhere (back button, address bar)
     * it would float over the next page, and the UI would keep it, and the page behind it, until she logs out.
     */
    private static void closeDialogs(UI ui) {
        ui.getChildren().filter(c -> c instanceof Dialog d && d.isOpened()).map(Dialog.class::cast).toList()
                .forEach(Dialog::close);
    }

    private void forcePasswordChange(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class || currentUser.get().isEmpty()) {
            return;
        }
        if (accounts.mustChangePassword()) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
