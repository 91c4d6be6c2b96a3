package org.aashray.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class LanguagePreferenceTest extends SpringBrowserlessTest {

    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void backToEnglish() {
        jdbc.update("update user_accounts set language='en' where username='medical'");
    }

    @Test
    @WithUserDetails("medical")
    void a_person_who_chose_hindi_gets_the_dashboard_in_hindi() {
        jdbc.update("update user_accounts set language='hi' where username='medical'");
        // as at a fresh login: the preference is applied when the session's first UI starts
        com.vaadin.flow.component.UI.getCurrent().getSession().setAttribute("aashray.languageApplied", null);
        com.vaadin.flow.component.UI.getCurrent().getPage().reload();
        navigate(DashboardView.class);
        assertThat(find(H2.class).id("dashboard-greeting").getText()).startsWith("नमस्ते");
    }

    @Test
    @WithUserDetails("medical")
    void english_is_the_default() {
        navigate(DashboardView.class);
        assertThat(find(H2.class).id("dashboard-greeting").getText()).startsWith("Namaste");
    }
}
