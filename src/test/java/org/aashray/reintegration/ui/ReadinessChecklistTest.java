package org.aashray.reintegration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.aashray.placements.ExitReason;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.reintegration.readiness.ReadinessItem;
import org.aashray.reintegration.readiness.ReadinessService;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class ReadinessChecklistTest extends SpringBrowserlessTest {

    @Autowired ReintegrationFixtures fx;
    @Autowired ReadinessService readiness;
    @Autowired JdbcTemplate jdbc;

    long checks(long residentId) {
        return jdbc.queryForObject("select count(*) from reint_readiness_checks where resident_id = ?", Long.class, residentId);
    }

    @Test
    @WithUserDetails("counsellor")
    void not_applicable_without_a_note_is_refused_next_to_the_item_and_nothing_is_saved() {
        long id = fx.placedResident("SUN-T", "Checklist Bina").resident().id();
        ReadinessChecklist checklist = new ReadinessChecklist(readiness, id, () -> { });
        com.vaadin.flow.component.UI.getCurrent().add(checklist);

        test(checklist.answers.get(ReadinessItem.LEGAL_OBLIGATIONS)).selectItem("Not applicable");
        test(checklist.save).click();

        assertThat(checklist.answers.get(ReadinessItem.LEGAL_OBLIGATIONS).isInvalid()).isTrue();
        assertThat(checklist.answers.get(ReadinessItem.LEGAL_OBLIGATIONS).getErrorMessage()).isEqualTo("Say why this does not apply.");
        assertThat(checks(id)).isZero();
    }

    @Test
    @WithUserDetails("counsellor")
    void the_home_verification_line_is_computed_and_without_one_the_saved_check_is_not_ready() {
        long id = fx.placedResident("SUN-T", "Checklist Tania").resident().id();
        ReadinessChecklist checklist = new ReadinessChecklist(readiness, id, () -> { });
        com.vaadin.flow.component.UI.getCurrent().add(checklist);

        assertThat(checklist.answers.get(ReadinessItem.HOME_VERIFICATION).isReadOnly()).isTrue();
        assertThat(checklist.answers.get(ReadinessItem.HOME_VERIFICATION).getValue().name()).isEqualTo("NOT_MET");
        for (ReadinessItem item : ReadinessItem.values()) {
            if (!item.computed()) test(checklist.answers.get(item)).selectItem("Met");
        }
        test(checklist.save).click();

        assertThat(checks(id)).isEqualTo(1);
        assertThat(readiness.current(id).readyFor(ExitReason.RESTORED_TO_FAMILY)).isFalse();
        assertThat(readiness.current(id).missing(ExitReason.RESTORED_TO_FAMILY)).containsExactly(ReadinessItem.HOME_VERIFICATION);
    }
}
