package org.tadreeb.testing;

import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, never a downloaded browser. Saves a screenshot of the page
 * when a test fails (target/screenshots) and checks pages against WCAG 2.1 A and AA with axe-core.
 */
public final class Browser implements AutoCloseable {

    /**
     * How long any wait here lasts before it fails: generous, since a passing test never waits it out and a
     * loaded two-core CI machine can take well over 15 s to issue a cohort's certificates behind a progress bar.
     */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final URI base;

    public Browser(URI base, String acceptLanguage) {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Prerequisites.CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,900", "--lang=" + acceptLanguage);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguage));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(Prerequisites.CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base.resolve(path).toString());
        return this;
    }

    /**
     * Waits up to 30 s for a visible element. While a page is being replaced (a redirect after a post, an ajax
     * update) the element found may belong to the document that is going away; such errors just mean "look again".
     */
    public WebElement find(By by) {
        return new WebDriverWait(driver, PATIENCE)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public String htmlAttribute(String name) {
        return driver.findElement(By.tagName("html")).getAttribute(name);
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public void signIn(String username, String password) {
        find(By.id("signIn:username")).sendKeys(username);
        driver.findElement(By.id("signIn:password")).sendKeys(password);
        String before = driver.getCurrentUrl();
        driver.findElement(By.id("signIn:submit")).click();
        new WebDriverWait(driver, PATIENCE).until(d -> !d.getCurrentUrl().equals(before)
                || !d.findElements(By.cssSelector(".form-errors li")).isEmpty());
    }

    /** axe-core as the axe-core Selenium package ships it, read once per test JVM. */
    private static final String AXE_SOURCE = axeSource();

    /**
     * Runs axe on the page with the WCAG 2.1 A and AA rules and answers one line per violation. axe is put into a
     * page once and run there again for later checks of the same page (after an ajax update, say): injecting
     * it anew for every check cost about half a second a time, the run itself a tenth to a third.
     */
    private static final String RUN_AXE = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                resultTypes: ['violations']
            }).then(function (results) {
                done(results.violations.map(function (rule) {
                    return '- ' + rule.id + ': ' + rule.help + ' ' + rule.nodes.map(function (node) {
                        return JSON.stringify(node.target);
                    }).join(', ');
                }));
            }, function (error) {
                done(['- axe could not check the page: ' + error]);
            });
            """;

    /** Fails with the list of violations when the current page breaks a WCAG 2.1 A/AA rule that axe can check. */
    public void assertAccessible() {
        awaitQuiet();
        JavascriptExecutor page = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
            page.executeScript(AXE_SOURCE);
        }
        List<?> violations = (List<?>) page.executeAsyncScript(RUN_AXE);
        if (!violations.isEmpty()) {
            throw new AssertionError("Accessibility violations on " + driver.getCurrentUrl() + ":\n"
                    + violations.stream().map(String::valueOf).collect(Collectors.joining("\n")));
        }
    }

    private static String axeSource() {
        try {
            return new EmbeddedResourceAxeProvider().getScript();
        } catch (IOException | javax.naming.OperationNotSupportedException unreadable) {
            throw new IllegalStateException("axe-core's script is missing from the test class path", unreadable);
        }
    }

    /**
     * Waits until no PrimeFaces or jQuery request is in flight, then ends CSS transitions: a button stays greyed
     * out (disabled during its request) a moment after the new content has arrived, and axe would measure its
     * contrast then. The short pause lets the page take the settled styles before axe reads them.
     */
    private void awaitQuiet() {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        new WebDriverWait(driver, PATIENCE).until(d -> Boolean.TRUE.equals(page.executeScript(
                "return (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0)"
                        + " && document.querySelectorAll('.ui-state-loading').length === 0;")));
        // The page's settled colours are what must meet the contrast rule, so transitions end at once while axe looks.
        page.executeScript("if (!document.getElementById('axe-no-transitions')) {"
                + " var style = document.createElement('style'); style.id = 'axe-no-transitions';"
                + " style.textContent = '*, *::before, *::after { transition: none !important; animation: none !important; }';"
                + " document.head.appendChild(style); }");
        Eventually.pause(Duration.ofMillis(150));
    }

    /**
     * Saves the page for the user guide when the tests run with {@code -Dtadreeb.docs.screenshots=docs/images}
     * (see docs/user-guide.md); does nothing otherwise.
     */
    public void screenshotForDocs(String name) {
        String dir = System.getProperty("tadreeb.docs.screenshots");
        if (dir != null && !dir.isBlank()) {
            screenshot(Path.of(dir), name);
        }
    }

    public void screenshot(String name) {
        screenshot(Path.of(System.getProperty("tadreeb.test.screenshots", "target/screenshots")), name);
    }

    private void screenshot(Path dir, String name) {
        try {
            Files.createDirectories(dir);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name.replaceAll("[^A-Za-z0-9_.-]", "_") + ".png"), png);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /**
     * Waits up to 30 s until the condition answers something other than null or false. While an ajax update or a
     * navigation replaces the page, Chromium may answer an element lookup with a stale reference, no such element or
     * an "unhandled inspector error" about a node no longer in the document: each only means "look again".
     */
    public <T> T await(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(condition);
    }

    /**
     * Waits up to 30 s for an element found by {@code by} to show exactly the expected text (stripped) and answers
     * it; otherwise answers what such elements do show, for the assertion's message. An element that an ajax update
     * replaces while it is read is simply looked for again.
     */
    public String awaitText(By by, String expected) {
        try {
            await(d -> d.findElements(by).stream().anyMatch(e -> e.getText().strip().equals(expected)));
            return expected;
        } catch (org.openqa.selenium.TimeoutException notThere) {
            return driver.findElements(by).stream().map(org.openqa.selenium.WebElement::getText).toList().toString();
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    /**
     * Saves a screenshot of every open browser of a failed test. A test class registers it with
     * {@code @RegisterExtension} and hands it each browser it opens.
     */
    public static final class ScreenshotOnFailure implements AfterTestExecutionCallback {

        private final List<Browser> browsers = new java.util.concurrent.CopyOnWriteArrayList<>();

        public Browser watch(Browser browser) {
            browsers.add(browser);
            return browser;
        }

        @Override
        public void afterTestExecution(ExtensionContext context) {
            try {
                if (context.getExecutionException().isPresent()) {
                    int index = 0;
                    for (Browser browser : browsers) {
                        browser.screenshot(context.getRequiredTestClass().getSimpleName() + "-"
                                + context.getDisplayName() + "-" + index++);
                    }
                }
            } finally {
                browsers.forEach(Browser::close);
                browsers.clear();
            }
        }
    }
}
