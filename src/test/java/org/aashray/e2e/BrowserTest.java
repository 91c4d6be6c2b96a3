package org.aashray.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey in real headless Chromium (Debian's chromium and chromedriver) against the running app.
 * Without a browser the journeys are skipped on a developer's machine, but fail in CI.
 */
@AashrayIntegrationTest
abstract class BrowserTest {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @LocalServerPort
    int port;

    WebDriver driver;

    @BeforeEach
    void startBrowser() throws Exception {
        boolean available = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (!available && System.getenv("CI") != null) {
            throw new IllegalStateException("CI needs Debian's chromium and chromium-driver");
        }
        assumeTrue(available, "Debian chromium + chromium-driver not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--lang=en",
                "--user-data-dir=" + Files.createTempDirectory("aashray-chrome"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    /** The page the browser shows, for the steps of a journey that no page object has. */
    VaadinPage page() {
        return new VaadinPage(driver);
    }

    /** Keeps a picture of what the browser showed, for a person to look at (target/screenshots). */
    void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (Exception ignored) {
            // a missing picture must not fail the journey
        }
    }
}
