package org.aashray.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A journey in real headless Chromium (Debian's chromium and chromedriver), against an application the journey
 * chooses: {@link BrowserTest} for the shared test application; a journey that starts an application of its own
 * extends this directly, so that its JVM does not start the shared one as well.
 * Without a browser the journeys are skipped on a developer's machine, but fail in CI.
 */
abstract class ChromiumTest {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /**
     * One Chromium for all the journeys of a test JVM, each journey starting without cookies (so logged out, in a new
     * session): its cache keeps the app's scripts loaded and compiled, where a new browser per journey paid for
     * them each time. Quit when the JVM ends.
     */
    private static ChromeDriver shared;
    private static Dimension sharedWindow;

    WebDriver driver;

    @BeforeEach
    void startBrowser() throws Exception {
        boolean available = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (!available && System.getenv("CI") != null) {
            throw new IllegalStateException("CI needs Debian's chromium and chromium-driver");
        }
        assumeTrue(available, "Debian chromium + chromium-driver not installed");
        if (shared == null || !answers(shared)) {
            shared = newChromium();
            sharedWindow = shared.manage().window().getSize();
            ChromeDriver quitAtExit = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(quitAtExit::quit, "chromium-quit"));
        }
        shared.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        if (!shared.manage().window().getSize().equals(sharedWindow)) {
            shared.manage().window().setSize(sharedWindow);
        }
        driver = shared;
    }

    /** Leaves the app, so that the page of one journey does not go on talking to the server during the next. */
    @AfterEach
    void leaveThePage() {
        if (driver != null && answers(shared)) {
            driver.get("about:blank");
        }
    }

    private static ChromeDriver newChromium() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--lang=en",
                "--user-data-dir=" + Files.createTempDirectory("aashray-chrome"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        ChromeDriver chromium = new ChromeDriver(service, options);
        chromium.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return chromium;
    }

    /** Whether the browser still answers (a journey may have crashed it). */
    private static boolean answers(ChromeDriver chromium) {
        try {
            chromium.getWindowHandle();
            return true;
        } catch (RuntimeException gone) {
            return false;
        }
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
