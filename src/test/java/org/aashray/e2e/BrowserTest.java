package org.aashray.e2e;

import org.aashray.testsupport.AashrayIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A journey in real Chromium against the application every integration test shares. */
@AashrayIntegrationTest
abstract class BrowserTest extends ChromiumTest {

    @LocalServerPort
    int port;

    String baseUrl() {
        return "http://localhost:" + port + "/";
    }
}
