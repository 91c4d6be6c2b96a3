package org.aashray.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aashray.base.ValidationException;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class InspectionServiceTest {

    @Autowired InspectionService inspections;
    @Autowired JdbcTemplate jdbc;

    private long home(String code) {
        return jdbc.queryForObject("select id from homes where code = ?", Long.class, code);
    }

    private static List<Finding> allSatisfactory() {
        List<Finding> findings = new ArrayList<>();
        for (InspectionArea area : InspectionArea.values()) {
            findings.add(new Finding(area, FindingRating.SATISFACTORY, null));
        }
        return findings;
    }

    @Test
    @WithUserDetails("official")
    void an_official_records_an_inspection_of_a_home_in_her_district_with_action_items() {
        InspectionRecord saved = inspections.record(new NewInspection(home("SUN-L"), LocalDate.now().minusDays(1), "Test DCPO",
                "ok", allSatisfactory(), List.of(new NewInspection.NewAction("Fix the fire extinguisher", "Superintendent",
                        LocalDate.now().plusDays(7)))));
        assertThat(jdbc.queryForObject("select count(*) from inspection_findings where inspection_id=?", Integer.class, saved.id()))
                .isEqualTo(InspectionArea.values().length);
        assertThat(jdbc.queryForObject("select description from inspection_actions where inspection_id=?", String.class, saved.id()))
                .isEqualTo("Fix the fire extinguisher");
        assertThat(jdbc.queryForObject("select count(*) from audit_events where entity_type='Inspection' and entity_id=? and username='official'",
                Integer.class, String.valueOf(saved.id()))).isEqualTo(1);
    }

    @Test
    @WithUserDetails("official")
    void an_official_cannot_record_an_inspection_outside_her_districts() {
        assertThatThrownBy(() -> inspections.record(new NewInspection(home("NAD-T"), LocalDate.now(), "Test DCPO", null,
                allSatisfactory(), List.of()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("official")
    void every_area_must_be_rated_an_unsatisfactory_area_needs_a_note_and_nothing_is_half_saved() {
        List<Finding> findings = new ArrayList<>(allSatisfactory());
        findings.set(0, new Finding(InspectionArea.SAFETY, FindingRating.UNSATISFACTORY, " "));
        findings.set(1, new Finding(InspectionArea.HYGIENE, null, null));
        long before = jdbc.queryForObject("select count(*) from inspections", Long.class);
        assertThatThrownBy(() -> inspections.record(new NewInspection(home("SUN-T"), LocalDate.now().plusDays(1), " ", null,
                findings, List.of(new NewInspection.NewAction("", "Someone", LocalDate.now().minusYears(1))))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field)
                        .containsExactlyInAnyOrder("visitDate", "inspectors", "finding.SAFETY", "finding.HYGIENE",
                                "action.0.description", "action.0.dueDate"));
        assertThat(jdbc.queryForObject("select count(*) from inspections", Long.class)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("caremanager")
    void the_homes_care_manager_sees_the_action_items_and_records_the_action_taken() {
        List<ActionItemRecord> items = inspections.actionItems(List.of(home("SUN-T")));
        ActionItemRecord open = items.stream().filter(a -> a.status() == ActionStatus.OPEN).findFirst().orElseThrow();
        inspections.recordActionTaken(open.id(), open.version(), "Done on the spot");
        assertThat(jdbc.queryForObject("select status from inspection_actions where id=?", String.class, open.id())).isEqualTo("DONE");
        assertThat(inspections.actionItems(List.of(home("NAD-T")))).as("not her home").isEmpty();
    }

    @Test
    @WithUserDetails("reception")
    void reception_sees_the_items_but_only_the_care_manager_closes_them() {
        ActionItemRecord any = inspections.actionItems(List.of(home("SUN-T"))).getFirst();
        assertThatThrownBy(() -> inspections.recordActionTaken(any.id(), any.version(), "x"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("caremanager")
    void open_actions_past_their_due_date_are_overdue() {
        assertThat(inspections.overdueActions(LocalDate.now()))
                .isNotEmpty()
                .allMatch(a -> a.status() == ActionStatus.OPEN && a.dueDate().isBefore(LocalDate.now()));
    }
}
