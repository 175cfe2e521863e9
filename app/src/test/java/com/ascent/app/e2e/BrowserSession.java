package com.ascent.app.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Debian's Chromium driven by Playwright, with the flags this closed network needs. The browser
 * is never downloaded: without {@code /usr/bin/chromium} (or {@code -Dascent.e2e.chromium}) the
 * test fails and says so.
 */
final class BrowserSession implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;
    private final BrowserContext context;
    final Page page;
    private final AxeCheck axe;
    private final List<String> policyViolations = new CopyOnWriteArrayList<>();
    private final String screenshotPrefix;
    private String baseUrl = "";
    private boolean accessibilityChecked = true;

    /** An English (US) browser whose screenshots are named as given. */
    BrowserSession() {
        this(Locale.forLanguageTag("en-US"), "");
    }

    /**
     * A browser asking for {@code locale} (its language and its formats, as Accept-Language and
     * navigator.language); its screenshots are named {@code screenshotPrefix + name}.
     */
    BrowserSession(Locale locale, String screenshotPrefix) {
        this.screenshotPrefix = screenshotPrefix;
        playwright = newPlaywright();
        browser = launchChromium(playwright);
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 960)
                .setLocale(locale.toLanguageTag()));
        page = context.newPage();
        // The browser reports what the Content-Security-Policy blocked on the console; the event
        // listener also catches a violation the console leaves out (a report-only one, a worker's).
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI))");
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(message.text());
            }
        });
        page.setDefaultTimeout(60_000);
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        axe = new AxeCheck(page);
    }

    /** Playwright that never downloads a browser of its own. */
    static Playwright newPlaywright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** Debian's Chromium, headless, with the flags this closed network needs. */
    static Browser launchChromium(Playwright playwright) {
        Path chromium = Path.of(System.getProperty("ascent.e2e.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("Chromium not found at " + chromium
                    + ": install it (apt-get install chromium) or set -Dascent.e2e.chromium");
        }
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync")));
    }

    /**
     * Leaves out the axe-core check of each screen (see {@link #checkAccessibility}), for a run whose
     * screens another run checks already; about half the time of a journey goes into the checks.
     */
    BrowserSession withoutAccessibilityChecks() {
        accessibilityChecked = false;
        return this;
    }

    /** Points this browser at the Ascent under test ({@code http://localhost:PORT/}); returns it. */
    BrowserSession at(String baseUrl) {
        this.baseUrl = baseUrl;
        return this;
    }

    /** The address of {@code path} in the Ascent under test, see {@link #at(String)}. */
    String url(String path) {
        if (baseUrl.isEmpty()) {
            throw new IllegalStateException("Say first which Ascent this browser works with: at(baseUrl)");
        }
        return baseUrl + path;
    }

    /** Signs in on the (English) sign-in page and waits until Ascent shows its first page. */
    void signIn(String email, String password) {
        signIn(page, url(""), email, password);
    }

    /** Signs in on {@code tab}, on the (English) sign-in page of the Ascent at {@code baseUrl}. */
    static void signIn(Page tab, String baseUrl, String email, String password) {
        tab.navigate(baseUrl + "login");
        awaitVaadin(tab);
        tab.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).first().fill(email);
        tab.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).first().fill(password);
        tab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        // The start page, possibly Spring Security's "/?continue" after an earlier sign-out.
        tab.waitForURL(u -> u.startsWith(baseUrl) && !u.contains("/login"));
        awaitVaadin(tab);
    }

    /** Signs out with the header's button and waits for the sign-in page. */
    void signOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(url("login"));
        settle();
    }

    /**
     * Another tab of the same browser: it shares the cookies, and so the signed-in session.
     * Screenshots and accessibility checks are of {@link #page}.
     */
    Page newTab() {
        Page tab = context.newPage();
        tab.setDefaultTimeout(60_000);
        return tab;
    }

    /** What the Content-Security-Policy blocked so far, as the browser reported it. */
    List<String> policyViolations() {
        return List.copyOf(policyViolations);
    }

    /** Waits until Vaadin has rendered the page and answered every pending request. */
    void settle() {
        settle(page);
    }

    /** Waits until Vaadin has rendered {@code tab} and answered every pending request. */
    void settle(Page tab) {
        awaitVaadin(tab);
    }

    /** Waits until Vaadin has rendered {@code tab} and answered every pending request. */
    static void awaitVaadin(Page tab) {
        tab.waitForLoadState();
        tab.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    /**
     * The selection checkbox of the grid row that shows {@code text}. Grid cells are slotted into
     * the grid's shadow rows, so the row is found through the cell's slot, as the browser lays it out.
     */
    ElementHandle rowCheckbox(String gridSelector, String text) {
        page.locator(gridSelector + " vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text))
                .first().waitFor();
        return page.evaluateHandle("""
                ([grid, text]) => {
                    const cell = [...document.querySelectorAll(grid + ' vaadin-grid-cell-content')]
                        .find(c => c.textContent.includes(text));
                    const row = cell.assignedSlot.closest('tr');
                    return [...row.querySelectorAll('slot')].map(s => s.assignedElements()[0])
                        .map(c => c && c.querySelector('vaadin-checkbox')).find(c => c);
                }""", List.of(gridSelector, text)).asElement();
    }

    /**
     * Saves a full-page screenshot, once the page has settled, as {@code target/screenshots/<prefix><name>.png},
     * then checks that screen (and any dialog open on it) with axe-core: every screen a user is shown
     * in a journey is also a screen checked for accessibility.
     */
    void screenshot(String name) {
        settle();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(screenshotPrefix + name + ".png")).setFullPage(true));
        checkAccessibility(screenshotPrefix + name);
    }

    /** Checks the settled page with axe-core (unless {@link #withoutAccessibilityChecks()}); see {@link AxeCheck} for what fails. */
    void checkAccessibility(String screen) {
        if (accessibilityChecked) {
            settle();
            axe.check(screen);
        }
    }

    /**
     * Where this browser stands, for a failed test's message: its address, the overlays open,
     * what is hidden from assistive technology (and so from role locators) and where the focus is.
     * A screenshot of the moment is saved as {@code failed-<name>.png}.
     */
    String describeForFailure(String name) {
        try {
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve(screenshotPrefix + "failed-" + name + ".png")).setFullPage(true));
            return page.url() + " " + page.evaluate("""
                    () => {
                      const name = e => e.localName + (e.id ? '#' + e.id : '');
                      const open = [...document.querySelectorAll('[opened]')].map(name);
                      const hidden = [...document.querySelectorAll('[aria-hidden=true], [inert]')]
                          .filter(e => !e.parentElement || !e.parentElement.closest('[aria-hidden=true], [inert]'))
                          .filter(e => e.children.length > 0).map(name);
                      const focus = document.activeElement ? name(document.activeElement) : 'none';
                      return `open: [${open}], hidden: [${hidden}], focus: ${focus}`;
                    }""");
        } catch (RuntimeException unreachable) {
            return "(the page could not be read: " + unreachable.getMessage().lines().findFirst().orElse("") + ")";
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
