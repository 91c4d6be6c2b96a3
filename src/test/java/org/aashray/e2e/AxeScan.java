package org.aashray.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (the script bundled in {@code com.deque.html.axe-core:selenium}) on the page the browser shows,
 * with the WCAG 2.0 and 2.1 A and AA rules and axe's best practices, and returns the serious and critical
 * violations, one per element. axe looks into open shadow roots, so the inside of Vaadin's components is checked
 * too. Violations of lesser impact (moderate, minor) do not fail; they are listed in target/a11y/axe-report.txt.
 */
final class AxeScan {

    /** What a violation of WCAG 2.1 AA is tagged with in axe-core, and its best practices (landmarks, headings...). */
    private static final List<String> RULES = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    private static final Path REPORT = Path.of("target", "a11y", "axe-report.txt");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static String script;

    /** One element breaking one rule, on one page. */
    record Violation(String page, String rule, String impact, String help, String target, String html, String why) {
        @Override
        public String toString() {
            return page + ": " + rule + " (" + impact + ") " + help + "\n    at " + target + "\n    " + html
                    + "\n    " + why.replace("\n", " / ");
        }
    }

    /**
     * A violation we cannot fix from the application: inside a Vaadin component's own shadow DOM. Each names the
     * rule, the component's inner element (as axe's target reads) and why; nothing else of that rule is let pass.
     */
    record Known(String rule, Pattern target, Pattern failure, String reason) {
        boolean covers(Violation v) {
            return v.rule().equals(rule) && target.matcher(v.target()).matches() && failure.matcher(v.why()).find();
        }
    }

    private final WebDriver driver;
    private final List<Known> known;

    AxeScan(WebDriver driver, List<Known> known) {
        this.driver = driver;
        this.known = known;
    }

    /** The serious and critical violations on the page shown now that no known exception covers. */
    List<Violation> check(String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
            js.executeScript(script());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                // the development mode's own toolbar is not part of the application (production has none)
                const context = {exclude: [['copilot-main'], ['vaadin-dev-tools']]};
                axe.run(context, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(r => done(r.violations.flatMap(v => v.nodes.map(n => ({
                      rule: v.id, impact: n.impact || v.impact || '', help: v.help, target: JSON.stringify(n.target),
                      html: n.html.substring(0, 300), why: (n.failureSummary || '').substring(0, 400)})))))
                  .catch(e => done([{rule: 'axe-error', impact: 'critical', help: String(e), target: '', html: '', why: ''}]));""",
                RULES);
        List<Violation> blocking = new ArrayList<>();
        StringBuilder lesser = new StringBuilder();
        for (Map<String, Object> f : found) {
            Violation v = new Violation(page, (String) f.get("rule"), (String) f.get("impact"), (String) f.get("help"),
                    (String) f.get("target"), (String) f.get("html"), String.valueOf(f.get("why")));
            if (known.stream().anyMatch(k -> k.covers(v))) continue;
            if (BLOCKING.contains(v.impact())) {
                blocking.add(v);
            } else {
                lesser.append(v).append('\n');
            }
        }
        report(lesser.toString());
        return blocking;
    }

    private static boolean reportStarted;

    /** Appends to the report of this run (the first scan of a run starts it afresh). */
    private static synchronized void report(String text) {
        try {
            Files.createDirectories(REPORT.getParent());
            if (!reportStarted) {
                Files.writeString(REPORT, "");
                reportStarted = true;
            }
            Files.writeString(REPORT, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized String script() {
        if (script == null) {
            try (InputStream in = AxeScan.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                if (in == null) throw new IllegalStateException("axe.min.js not on the test classpath (com.deque.html.axe-core:selenium)");
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }
}
