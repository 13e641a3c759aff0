package org.equicity.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import javax.naming.OperationNotSupportedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.util.FileSystemUtils;

/**
 * Drives Debian's Chromium through Debian's chromedriver against the application on a random port, and checks
 * every page it shows with axe-core. Nothing here downloads a browser or a driver. Without Chromium on the
 * machine the tests are skipped with a message, except in CI ({@code CI=true}), where they must run.
 */
// With MockMvc, though unused here: the same cached application context as the race tests, one start fewer.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Tag("browser")
public abstract class BrowserTest {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    /** axe-core impacts that fail a test; moderate and minor ones are left to review. */
    static final List<String> FAILING_IMPACTS = List.of("serious", "critical");

    /** The window size of a desktop, which every class starts with. */
    protected static final Dimension DESKTOP = new Dimension(1280, 1024);

    /**
     * The page types axe-core has checked in this run (see {@link #pageType()}): a page type seen again, in another
     * step or another journey, is not checked again, so a journey may visit a page as often as its story needs.
     */
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

    /**
     * axe-core, run in the page itself. Its Selenium binding (AxeBuilder) gathers results in a blank window it opens
     * and injects axe-core into a second time, which took 60% of each check; these pages have no frames to gather
     * from. Only violations are asked for, which is all a test asserts.
     */
    private static final String AXE = axeCore();

    private static final String AXE_RUN = """
            const [failing, done] = arguments;
            axe.run(document, {resultTypes: ['violations']}).then(results => done(results.violations
                .filter(rule => failing.includes(rule.impact))
                .map(rule => `${rule.impact} ${rule.id}: ${rule.help} at ${rule.nodes.map(node => node.target)}`)));""";

    private static final AtomicInteger skipped = new AtomicInteger();

    private static final AtomicLong checking = new AtomicLong();

    /**
     * What makes a page a type of its own for axe-core: its path with every segment holding a digit (ids, slugs of
     * test data, years) left out, the forms it shows and where they send, whether it shows an error or an alert,
     * whether someone is signed in, its language and the window's width.
     */
    private static final String PAGE_TYPE = """
            const general = path => path.split('/').map(part => /\\d/.test(part) ? '*' : part).join('/');
            return [window.innerWidth, document.documentElement.lang, general(location.pathname),
                document.querySelector('[aria-invalid=true], .field-error, [role=alert]') !== null,
                document.querySelector('.site-account form') !== null,
                Array.from(document.forms, form => (form.getAttribute('method') || 'get') + ' '
                    + general(new URL(form.getAttribute('action') || '', location.href).pathname)).join(',')
            ].join(' | ');""";

    protected static ChromeDriver browser;
    private static Path profile;

    @LocalServerPort
    protected int port;

    /**
     * One browser for the whole run, started by the first browser test class: a Chromium start costs seconds. Each
     * class begins without the cookies of the one before (the applications of all classes share the host name
     * {@code localhost}, and cookies do not tell ports apart) and at the desktop window size.
     */
    @BeforeAll
    static void startBrowser() throws IOException {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but /usr/bin/chromium or /usr/bin/chromedriver is missing: "
                    + "install Debian's chromium and chromium-driver (see .ci/run)");
        }
        Assumptions.assumeTrue(
                installed,
                "Browser tests skipped: install Debian's chromium and chromium-driver to run them (CI always does)");
        if (browser == null) {
            browser = start();
            Runtime.getRuntime().addShutdownHook(new Thread(BrowserTest::stopBrowser));
        }
        try {
            browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        } catch (WebDriverException crashed) {
            // A tab that crashed in the class before (a machine out of memory) fails that class only.
            stopBrowser();
            browser = start();
        }
        browser.manage().window().setSize(DESKTOP);
    }

    private static ChromeDriver start() throws IOException {
        profile = Files.createTempDirectory("equicity-chromium");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,1024",
                "--user-data-dir=" + profile);
        // The console is where Chromium reports what the Content-Security-Policy blocked.
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        var started = new ChromeDriver(service, options);
        started.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return started;
    }

    private static synchronized void stopBrowser() {
        if (browser != null) {
            try {
                browser.quit();
            } catch (WebDriverException gone) {
                // the browser has ended already
            }
            browser = null;
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }

    @AfterAll
    static void figures() {
        System.out.printf(
                "axe-core: %d page types checked in this run so far (%d ms), %d visits of a checked type not checked again%n",
                CHECKED.size(), checking.get() / 1_000_000, skipped.get());
    }

    /** Opens a page of the application and checks it for accessibility. */
    protected void visit(String path) {
        browser.get("http://localhost:" + port + path);
        assertAccessible();
    }

    /**
     * Submits a form by its button (as a keyboard user would: focus, then Enter), waits until the browser has left
     * the page and loaded the next one, and checks that one.
     */
    protected void submitWith(WebElement button) {
        var page = browser.findElement(By.tagName("html"));
        button.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(driver -> isGone(page)
                        && "complete"
                                .equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
        assertAccessible();
    }

    /**
     * Takes a step that cannot be undone: its button leads to a confirmation page (checked like every page), whose
     * button takes the step.
     */
    protected void confirmWith(WebElement step) {
        submitWith(step);
        submitWith(browser.findElement(By.cssSelector(".confirmation button.button--primary")));
    }

    /**
     * Whether an element belongs to a page the browser has left. Chromium answers that either as a stale element or,
     * while the next page is being built, as an unknown error that the node is not in the document.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException left) {
            return true;
        }
    }

    protected void assertWithinContentSecurityPolicy() {
        List<String> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
        assertThat(violations)
                .as("Content-Security-Policy violations on %s", browser.getCurrentUrl())
                .isEmpty();
    }

    protected WebElement field(String id) {
        return browser.findElement(By.id(id));
    }

    protected void type(String id, String text) {
        var field = field(id);
        field.clear();
        field.sendKeys(text);
    }

    protected String text(By by) {
        return browser.findElement(by).getText();
    }

    /**
     * Checks the page for accessibility and for anything the Content-Security-Policy blocked (an inline script or
     * style, an event handler attribute, a {@code javascript:} link), which would be a feature that silently does
     * not work.
     */
    protected void assertAccessible() {
        assertWithinContentSecurityPolicy();
        if (!CHECKED.add(pageType())) {
            skipped.incrementAndGet();
            return;
        }
        long start = System.nanoTime();
        browser.executeScript(AXE);
        @SuppressWarnings("unchecked")
        var failures = (List<String>) browser.executeAsyncScript(AXE_RUN, FAILING_IMPACTS);
        checking.addAndGet(System.nanoTime() - start);
        assertThat(failures)
                .as("axe-core violations on %s", browser.getCurrentUrl())
                .isEmpty();
    }

    private static String axeCore() {
        try {
            return new EmbeddedResourceAxeProvider().getScript();
        } catch (IOException | OperationNotSupportedException unreadable) {
            throw new IllegalStateException("axe-core's script is not on the class path", unreadable);
        }
    }

    private static String pageType() {
        return String.valueOf(browser.executeScript(PAGE_TYPE));
    }
}
