package org.aashray.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.security.Role;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.testsupport.LegacyAccounts;
import org.aashray.testsupport.RuleProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Issue 21, finding 4: ADMIN manages structure, never survivors. Her inbox lists the alerts of structure rules only
 * (a home's licence), and an alert about a resident is refused to her by id, to read, comment on or resolve; the care
 * manager's inbox still lists it.
 */
@AashrayIntegrationTest
class AdminInboxTest {

    static final String HEALTH_CHECK = "medical.admission-health-check";
    static final String LICENCE = "homes.licence-expiring";

    @Autowired AlertInbox inbox;
    @Autowired RuleProbe probe;
    @Autowired ReintegrationFixtures fx;
    @Autowired LegacyAccounts legacy;
    @Autowired JdbcTemplate jdbc;

    long residentAlert;
    long licenceAlert;

    /** One alert about a resident of Sundarpur and one about a home's licence (the demo's Asha Transit Home). */
    @BeforeEach
    void raise() {
        long her = fx.placedResident("SUN-T", "Inbox Probe Lata", 24, 3).resident().id();
        probe.run(HEALTH_CHECK, LocalDate.now());
        probe.run(LICENCE, LocalDate.now());
        residentAlert = jdbc.queryForObject("select id from alerts where resident_id = ? and open_marker = 1", Long.class, her);
        licenceAlert = jdbc.queryForObject("select min(id) from alerts where rule_key = ? and open_marker = 1", Long.class, LICENCE);
    }

    @AfterEach
    void removeAlerts() {
        probe.cleanUp(HEALTH_CHECK, LICENCE);
    }

    private List<Long> listed() {
        return inbox.list(PageRequest.of(0, 500)).stream().map(AlertItem::id).toList();
    }

    @Test
    @WithUserDetails("admin")
    void admins_inbox_lists_structure_alerts_only_and_her_bell_counts_no_residents_alert() {
        List<Long> listed = listed();
        assertThat(listed).contains(licenceAlert).doesNotContain(residentAlert);
        assertThat(inbox.list(PageRequest.of(0, 500))).extracting(AlertItem::ruleKey)
                .allMatch(k -> k.equals(LICENCE) || k.equals("inspections.action-overdue"));
        assertThat(inbox.bellCount()).isEqualTo(listed.size());
    }

    @Test
    @WithUserDetails("admin")
    void admin_cannot_read_comment_on_or_resolve_a_residents_alert_by_id_but_works_on_a_structure_alert() {
        assertThatThrownBy(() -> inbox.get(residentAlert)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inbox.comments(residentAlert)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inbox.comment(residentAlert, "Looked at it")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inbox.resolve(residentAlert, "Not needed")).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from alert_comments where alert_id = ?", Integer.class, residentAlert))
                .isZero();
        assertThat(jdbc.queryForObject("select status from alerts where id = ?", String.class, residentAlert))
                .isNotEqualTo("RESOLVED");

        inbox.comment(licenceAlert, "Renewal application filed");
        assertThat(inbox.comments(licenceAlert)).extracting(AlertNote::text).containsExactly("Renewal application filed");
    }

    @Test
    @WithUserDetails("caremanager")
    void a_care_managers_inbox_still_lists_her_residents_alert() {
        assertThat(listed()).contains(residentAlert);
        assertThat(inbox.get(residentAlert).ruleKey()).isEqualTo(HEALTH_CHECK);
    }

    @Test
    void an_administrator_who_kept_a_care_managers_role_sees_no_residents_alert_either() {
        legacy.combined("legacy.admin.inbox", EnumSet.of(Role.ADMIN, Role.CARE_MANAGER), "SUN-T");
        assertThat(legacy.as("legacy.admin.inbox", this::listed)).contains(licenceAlert).doesNotContain(residentAlert);
        assertThatThrownBy(() -> legacy.as("legacy.admin.inbox", () -> inbox.get(residentAlert)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
