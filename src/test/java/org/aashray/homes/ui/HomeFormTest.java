package org.aashray.homes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.aashray.homes.HomeType;
import org.aashray.homes.ServedGroup;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class HomeFormTest extends SpringBrowserlessTest {

    @Autowired JdbcTemplate jdbc;

    private HomeForm openNewHomeForm() {
        HomesView view = navigate(HomesView.class);
        test(view.addHome).click();
        return find(HomeForm.class).single();
    }

    @Test
    @WithUserDetails("admin")
    void a_bad_code_and_a_missing_address_get_messages_next_to_their_fields_and_nothing_is_saved() {
        HomeForm form = openNewHomeForm();
        test(form.name).setValue("Bad input home");
        test(form.code).setValue("kolkata");
        test(form.district).selectItem("Sundarpur (demo)");
        test(form.type).selectItem("Transit shelter home");
        test(form.serves).selectItem("Women");
        long before = jdbc.queryForObject("select count(*) from homes", Long.class);

        test(form.save).click();

        assertThat(form.code.isInvalid()).isTrue();
        assertThat(form.code.getErrorMessage()).contains("KOL-T");
        assertThat(form.address.isInvalid()).isTrue();
        assertThat(form.address.getErrorMessage()).isEqualTo("Please fill this in.");
        assertThat(form.name.isInvalid()).isFalse();
        assertThat(form.isOpened()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from homes", Long.class)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("admin")
    void a_valid_home_is_saved_and_appears_in_the_list() {
        HomeForm form = openNewHomeForm();
        test(form.name).setValue("Browserless Transit Home");
        test(form.code).setValue("blt-t");
        test(form.district).selectItem("Nadipur (demo)");
        test(form.type).selectItem("Transit shelter home");
        test(form.serves).selectItem("Girls");
        test(form.address).setValue("7 Test Street");

        test(form.save).click();

        assertThat(form.isOpened()).isFalse();
        assertThat(jdbc.queryForObject("select serves from homes where code='BLT-T'", String.class))
                .isEqualTo(ServedGroup.GIRLS.name());
        assertThat(jdbc.queryForObject("select home_type from homes where code='BLT-T'", String.class))
                .isEqualTo(HomeType.TRANSIT.name());
    }
}
