package org.aashray.reintegration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.util.Map;
import java.util.Set;
import org.aashray.placements.ExitReason;
import org.aashray.reintegration.internal.ReintegrationSettingsService;
import org.aashray.reintegration.readiness.ReadinessItem;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** ADMIN ticks, for each gated exit kind, the readiness items it requires: one labelled checkbox per item and kind. */
@AashrayIntegrationTest
class ReintegrationSettingsViewTest extends SpringBrowserlessTest {

    @Autowired ReintegrationSettingsService settings;

    @Test
    @WithUserDetails("admin")
    void admin_ticks_an_item_for_independent_living_and_the_gate_requires_it() {
        Map<ExitReason, Set<ReadinessItem>> before = SystemAuthentication.call(settings::gateItems);
        navigate(ReintegrationSettingsView.class);
        Checkbox housing = find(Checkbox.class).withId("gate-INDEPENDENT_LIVING-HOUSING").single();
        assertThat(housing.getValue()).isTrue();
        assertThat(housing.getAriaLabel()).contains("Housing arranged (a safe place to live): Independent living");
        assertThat(find(Checkbox.class).withId("gate-RESTORED_TO_FAMILY-HOUSING").single().getValue()).isFalse();
        assertThat(find(Checkbox.class).all().stream().filter(c -> c.getId().orElse("").startsWith("gate-REPATRIATED"))).isEmpty();
        Checkbox health = find(Checkbox.class).withId("gate-INDEPENDENT_LIVING-HEALTH").single();
        assertThat(health.getValue()).isFalse();
        try {
            test(health).click();
            test(find(Button.class).all().stream().filter(b -> "Save".equals(b.getText())).findFirst().orElseThrow()).click();
            assertThat(SystemAuthentication.call(settings::gateItems).get(ExitReason.INDEPENDENT_LIVING)).contains(ReadinessItem.HEALTH);
            assertThat(SystemAuthentication.call(settings::gateItems).get(ExitReason.RESTORED_TO_FAMILY))
                    .isEqualTo(before.get(ExitReason.RESTORED_TO_FAMILY));
        } finally {
            SystemAuthentication.run(() -> settings.save(settings.settings(), before));
        }
    }
}
