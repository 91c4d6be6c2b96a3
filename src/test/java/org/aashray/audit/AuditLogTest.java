package org.aashray.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.aashray.audit.internal.AuditQuery;
import org.aashray.audit.internal.AuditSearch;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

@AashrayIntegrationTest
class AuditLogTest {

    @Autowired AuditLog audit;
    @Autowired AuditSearch search;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    @Test
    @WithUserDetails("caremanager")
    void a_change_records_who_and_only_the_fields_that_changed() {
        tx.executeWithoutResult(s -> audit.recordChange("UPDATE", "TestRecord", 4711, null, "test",
                Map.of("name", "Old", "same", "x"), Map.of("name", "New \"quoted\"", "same", "x")));
        Map<String, Object> row = jdbc.queryForMap("select * from audit_events where entity_type='TestRecord' and entity_id='4711'");
        assertThat(row.get("username")).isEqualTo("caremanager");
        assertThat(row.get("before_state")).isEqualTo("{\"name\":\"Old\"}");
        assertThat(row.get("after_state")).isEqualTo("{\"name\":\"New \\\"quoted\\\"\"}");
    }

    @Test
    @WithUserDetails("counsellor")
    void a_read_of_a_sensitive_record_is_logged() {
        audit.recordAccess("Resident", 42, 1L, "profile opened");
        assertThat(jdbc.queryForObject("select count(*) from record_access_log where username='counsellor' and entity_id='42'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void the_logs_cannot_be_edited_or_deleted_even_with_sql() {
        tx.executeWithoutResult(s -> audit.recordChange("CREATE", "Immutable", 1, null, "x", null, Map.of("a", 1)));
        assertThatThrownBy(() -> jdbc.update("update audit_events set username='someone' where entity_type='Immutable'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_events where entity_type='Immutable'"))
                .hasMessageContaining("append-only");
        audit.recordAccess("Immutable", 1, null, "x");
        assertThatThrownBy(() -> jdbc.update("delete from record_access_log")).hasMessageContaining("append-only");
    }

    @Test
    @WithUserDetails("reception")
    void only_an_administrator_may_search_the_logs() {
        assertThatThrownBy(() -> search.searchChanges(AuditQuery.everything(), Pageable.ofSize(5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> search.searchAccesses(AuditQuery.everything(), Pageable.ofSize(5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_finds_changes_by_user_and_record_type() {
        var page = search.searchChanges(new AuditQuery("system", "Home", null, null, null), Pageable.ofSize(50));
        assertThat(page.getContent()).isNotEmpty().allMatch(e -> e.entityType().equals("Home") && e.username().equals("system"));
    }
}
