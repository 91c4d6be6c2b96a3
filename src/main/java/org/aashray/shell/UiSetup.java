package org.aashray.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.aashray.security.AccountSelfService;
import org.aashray.security.CurrentUser;
import org.aashray.security.ui.ChangePasswordView;
import org.aashray.security.ui.LoginView;
import org.springframework.stereotype.Component;

/**
 * On every navigation: speak the user's language, and send someone with a one-time password to choose
 * their own before anything else.
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
                Locale locale = Locale.forLanguageTag(user.language());
                if (ui.getSession().getAttribute(LANGUAGE_APPLIED) == null) {
                    ui.getSession().setAttribute(LANGUAGE_APPLIED, Boolean.TRUE);
                    Object chosenAtLogin = ui.getSession().getAttribute(LoginView.CHOSEN_LANGUAGE);
                    if (chosenAtLogin instanceof Locale chosen) {
                        accounts.setLanguage(chosen.getLanguage()); // the login page's choice becomes the preference
                    }
                    ui.getSession().setLocale(Locale.forLanguageTag(accounts.language()));
                }
                ui.setLocale(ui.getSession().getLocale() == null ? locale : ui.getSession().getLocale());
            });
            ui.addBeforeEnterListener(this::forcePasswordChange);
        });
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
