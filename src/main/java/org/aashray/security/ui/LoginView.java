package org.aashray.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.aashray.base.DatabaseOutage;
import org.aashray.base.i18n.BundleTranslationProvider;
import org.springframework.security.web.WebAttributes;

/** The login page: English or Hindi, a plain form, and the reason a login was refused. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Session attribute: the language picked on this page, which becomes the person's preference after login. */
    public static final String CHOSEN_LANGUAGE = "aashray.loginLanguage";

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    public LoginView() {
        addClassName("login-view");
        getElement().setAttribute("role", "main"); // the page's main landmark (it has no header or menu)
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        Select<Locale> language = new Select<>();
        language.setItems(BundleTranslationProvider.ENGLISH, BundleTranslationProvider.HINDI);
        language.setItemLabelGenerator(l -> l.getLanguage().equals("hi") ? "हिन्दी" : "English");
        language.setValue(getLocale().getLanguage().equals("hi") ? BundleTranslationProvider.HINDI : BundleTranslationProvider.ENGLISH);
        language.setAriaLabel("Language / भाषा");
        language.setId("login-language");
        language.addValueChangeListener(e -> {
            VaadinSession.getCurrent().setLocale(e.getValue());
            VaadinSession.getCurrent().setAttribute(CHOSEN_LANGUAGE, e.getValue());
            UI.getCurrent().getPage().reload();
        });

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        notice.addClassName("login-notice");
        notice.setVisible(false);

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        Div card = new Div(title, tagline, notice, form, language);
        card.addClassName("login-card");
        add(card);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        form.setError(params.containsKey("error"));
        if (params.containsKey("error") && lastLoginFailedForDatabase()) {
            form.setError(false);
            notice.setText(getTranslation("login.databaseUnavailable"));
            notice.setVisible(true);
        } else if (params.containsKey("ended")) {
            notice.setText(getTranslation("login.sessionEnded"));
            notice.setVisible(true);
        } else if (params.containsKey("logout")) {
            notice.setText(getTranslation("login.loggedOut"));
            notice.setVisible(true);
        }
    }

    /** Spring Security keeps the reason of the last failed login in the session. */
    private static boolean lastLoginFailedForDatabase() {
        VaadinSession session = VaadinSession.getCurrent();
        Object failure = session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof Throwable t && DatabaseOutage.isCause(t);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
