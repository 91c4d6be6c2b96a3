package org.aashray.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Instant;
import java.util.List;
import org.aashray.audit.internal.AuditEntry;
import org.aashray.audit.internal.AuditQuery;
import org.aashray.audit.internal.AuditSearch;
import org.aashray.residents.ResidentSummary;
import org.aashray.residents.TraffickingForm;
import org.aashray.residents.intake.Intake;
import org.aashray.residents.intake.IntakeService;
import org.aashray.residents.internal.Resident;
import org.aashray.residents.internal.ResidentService;
import org.aashray.security.RunAs;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** ADMIN reads who changed a resident's record, which fields and when; never what they hold (issue 21, finding 1). */
@AashrayIntegrationTest
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired IntakeService intakes;
    @Autowired ResidentService residents;
    @Autowired AuditSearch search;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    ResidentSummary resident;
    String name;
    String address;

    /** Reception's intake, then the care manager corrects her address. */
    @BeforeEach
    void aCareManagerChangesAResidentsAddress() {
        long unique = System.nanoTime() % 1_000_000;
        name = "Audit Address Sunita " + unique;
        address = "House " + unique + ", Pipal Gali, Basirhat";
        resident = SystemAuthentication.call(() -> {
            Intake in = new Intake();
            in.setHomeId(jdbc.queryForObject("select id from homes where code = 'SUN-L'", Long.class));
            in.setName(name);
            in.setApproximateAge(24);
            in.setOrigin("IN-WB");
            in.setTraffickingForm(TraffickingForm.LABOUR);
            return intakes.admit(in);
        });
        UserDetails manager = users.loadUserByUsername("caremanager");
        RunAs.call(UsernamePasswordAuthenticationToken.authenticated(manager, null, manager.getAuthorities()), () -> {
            Resident r = residents.open(resident.id());
            r.setAddress(address);
            return residents.save(r);
        });
    }

    @Test
    @WithUserDetails("admin")
    void the_search_gives_admin_who_changed_the_address_and_when_but_not_the_address() {
        List<AuditEntry> rows = search.searchChanges(forThisResident(), Pageable.unpaged()).getContent();

        AuditEntry change = rows.stream().filter(e -> e.action().equals("UPDATE")).findFirst().orElseThrow();
        assertThat(change.username()).isEqualTo("caremanager");
        assertThat(change.occurredAt()).isNotNull();
        assertThat(change.fields()).containsExactly("address");
        assertThat(change.summary()).contains(resident.caseNumber());
        assertThat(rows).extracting(AuditEntry::action).contains("CREATE", "UPDATE");
        assertThat(rows).allSatisfy(e -> assertThat(e.toString()).doesNotContain(address).doesNotContain(name));
        // nor is it stored for anybody else to read
        assertThat(jdbc.queryForList("select concat(coalesce(summary, ''), coalesce(before_state, ''), coalesce(after_state, ''))"
                + " from audit_events where entity_type = 'Resident' and entity_id = ?", String.class, String.valueOf(resident.id())))
                .isNotEmpty().noneMatch(s -> s.contains(address) || s.contains(name));
    }

    @Test
    @WithUserDetails("admin")
    void the_audit_screen_shows_the_changed_field_without_its_value() {
        AuditView view = navigate(AuditView.class);
        test(view.entityType).setValue("Resident");
        test(view.entityId).setValue(String.valueOf(resident.id()));

        List<AuditEntry> rows = view.changes.getLazyDataView().getItems().toList();
        assertThat(rows).extracting(AuditEntry::username).contains("caremanager");
        AuditEntry change = rows.stream().filter(e -> e.action().equals("UPDATE")).findFirst().orElseThrow();
        assertThat(view.details(change)).contains("address").doesNotContain(address);
        assertThat(rows).allSatisfy(e -> assertThat(view.details(e) + " " + e.summary())
                .doesNotContain(address).doesNotContain(name));
    }

    @Test
    @WithUserDetails("admin")
    void rows_stored_with_values_before_the_rule_show_admin_only_the_field_names() {
        String visitId = String.valueOf(900_000 + System.nanoTime() % 100_000);
        jdbc.update("insert into audit_events (occurred_at, username, action, entity_type, entity_id, home_id, summary,"
                        + " before_state, after_state) values (?, 'reception', 'VISIT', 'Visit', ?, null, ?, null, ?)",
                java.sql.Timestamp.from(Instant.now()), visitId, "Visitor Ramesh \"Yadav\" (FAMILY) for SUN-L/2024/001",
                "{\"purpose\":\"FAMILY\",\"visitor\":\"Ramesh \\\"Yadav\\\", 98300 12345\"}");

        List<AuditEntry> rows = search.searchChanges(new AuditQuery(null, "Visit", visitId, null, null), Pageable.unpaged())
                .getContent();

        assertThat(rows).singleElement().satisfies(e -> {
            assertThat(e.fields()).containsExactly("purpose", "visitor");
            assertThat(e.summary()).isNull();
            assertThat(e.toString()).doesNotContain("Ramesh").doesNotContain("98300");
        });
    }

    private AuditQuery forThisResident() {
        return new AuditQuery(null, "Resident", String.valueOf(resident.id()), null, null);
    }
}
