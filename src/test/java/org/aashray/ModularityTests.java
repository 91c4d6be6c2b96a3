package org.aashray;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void feature_packages_depend_on_each_other_only_through_their_public_api_and_without_cycles() {
        ApplicationModules.of(Application.class).verify();
    }
}
