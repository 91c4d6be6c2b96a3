package org.aashray.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.aashray.security.NewStaffAccount;
import org.aashray.security.Role;
import org.aashray.security.SystemAuthentication;
import org.aashray.security.UserAdminService;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Keeps the load harness honest: its wire-protocol client logs in through the real login form, searches the
 * resident list and gets the matching row back in the UIDL response, opens the profile, and is refused with a
 * wrong password, against the app of the shared test context.
 */
@AashrayIntegrationTest
class VaadinClientTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserAdminService users;

    @Test
    void a_virtual_reception_user_logs_in_searches_by_name_and_opens_the_profile_from_the_row() throws Exception {
        Timer timer = new Timer();
        VaadinClient client = new VaadinClient(VaadinClient.newHttpClient(), "http://127.0.0.1:" + port + "/");
        assertThat(client.login("reception", "aashray-demo", timer)).isTrue();
        client.open("residents", timer, "open residents");
        client.confirmUpdates(timer);

        client.type("filter-name", "mitali", timer, "search");
        List<JsonNode> rows = client.rows(client.byId("residents-grid").id);
        assertThat(rows).isNotEmpty()
                .allSatisfy(row -> assertThat(row.toString().toLowerCase()).contains("mitali"));
        assertThat(client.lastBody()).contains("Mitali Sardar");
        String name = rows.getFirst().get("col1").asString();
        // the case number is a link template: each row carries its link as data
        String href = rows.getFirst().properties().stream().filter(p -> p.getKey().endsWith("_href"))
                .map(p -> p.getValue().asString()).findFirst().orElseThrow();
        assertThat(href).startsWith("resident/");

        client.navigate(href, timer, "open profile");
        assertThat(client.text(client.byId("profile-name").id)).contains(name.replaceAll(" \\(.*\\)$", ""));
        assertThat(timer.total().errors()).isZero();
        assertThat(timer.rows()).extracting(Timer.Row::action).contains("login: submit", "search", "open profile");
    }

    @Test
    void a_wrong_password_is_refused_and_the_right_one_then_lets_the_user_in() throws Exception {
        Set<Long> homes = jdbc.queryForList("select id from homes where code = 'SUN-T'", Long.class).stream().collect(Collectors.toSet());
        SystemAuthentication.run(() -> users.createWithPermanentPassword(new NewStaffAccount("load-client-test", "Load client test",
                EnumSet.of(Role.RECEPTION), homes, Set.of(), "en", "load-client-password-1")));
        Timer timer = new Timer();
        VaadinClient client = new VaadinClient(VaadinClient.newHttpClient(), "http://127.0.0.1:" + port + "/");
        assertThat(client.login("load-client-test", "not-the-password", timer)).isFalse();
        assertThat(client.login("load-client-test", "load-client-password-1", timer)).isTrue();
        client.open("residents", timer, "open residents");
        assertThat(client.findById("residents-grid")).isPresent();
    }
}
