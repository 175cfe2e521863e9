package com.ascent.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An HR manager who cannot use a mouse signs in and designs a small program with the keyboard alone:
 * every step's main actions are reached with Tab, Shift+Tab and arrow keys, used with Enter and
 * Space, and show where the focus is. Runs in the application context of
 * {@link PluginBindingEndToEndIT} (the same properties), which creates its organizations itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ascent.data-dir=${java.io.tmpdir}/ascent-plugin-binding-${random.uuid}",
        "ascent.plugins.dirs=../plugins,../plugin-examples"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(BrowserStateOnFailure.class)
class KeyboardOnlyIT implements BrowserStateOnFailure.DrivesABrowser {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;

    final JourneyTexts t = JourneyTexts.english();
    BrowserSession browser;
    Page page;
    KeyboardUser keyboard;
    Account hr;

    @BeforeAll
    void anHrManagerAndABrowser() {
        hr = accounts.newOrganization(Role.HR);
        browser = new BrowserSession(t.browser, "kb-");
        page = browser.page;
        keyboard = new KeyboardUser(page);
    }

    @Override
    public BrowserSession browserSession() {
        return browser;
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void signInAndTheSixStepsWorkWithTheKeyboardAlone() {
        page.navigate("http://localhost:" + port + "/login");
        browser.settle();
        keyboard.tabTo(page.locator("input[name='username']"));
        keyboard.type(hr.email());
        keyboard.tabTo(page.locator("input[name='password']"));
        keyboard.type(hr.password());
        keyboard.press("Enter");
        assertThat(page.getByText(t.host("programs.empty"))).isVisible();

        keyboard.activate(button(t.host("programs.create")));
        keyboard.tabTo(field(t.host("programs.name")));
        keyboard.type("Keyboard leaders 2027");
        keyboard.tabTo(field(t.host("programs.startDate")));
        keyboard.type(t.typed(LocalDate.of(2027, 1, 11)));
        // Typing leaves the calendar closed (its button or the Down key opens it); Enter takes the typed date.
        keyboard.press("Enter");
        assertThat(page.locator("vaadin-date-picker[opened]")).hasCount(0);
        keyboard.tabTo(field(t.host("programs.owner")));
        keyboard.type("Maria Nowak");
        keyboard.shiftTabTo(field(t.host("programs.startDate")));
        assertThat(field(t.host("programs.startDate"))).hasValue(t.field(LocalDate.of(2027, 1, 11)));
        keyboard.activate(button(t.host("programs.create.save")));
        page.waitForURL(Pattern.compile(".*/steps/objectives"));
        browser.settle();

        // 1. Objectives: a leadership statement, written and saved from the keyboard; the objective dialog opens and closes.
        keyboard.activate(page.locator("#add-statement-leadership"));
        keyboard.tabTo(page.locator("#statement-text"));
        keyboard.type("Grow leaders who run cross-functional teams");
        keyboard.activate(page.locator("#save-statement"));
        assertThat(page.getByText("Grow leaders who run cross-functional teams")).isVisible();
        keyboard.activate(page.locator("#add-objective"));
        assertThat(page.locator("#objective-title")).isVisible();
        keyboard.press("Escape");
        assertThat(page.locator("#objective-title")).isHidden();
        next("selection");

        // 2. Coaches & mentors: the tabs with the arrow keys, the criteria saved with Space.
        tabsThenArrowTo("#selection-tab-criteria");
        keyboard.tabTo(page.locator("#save-criteria"));
        keyboard.press("Space");
        tabsThenArrowTo("#selection-tab-pairs");
        next("framework");

        // 3. Program framework: a template chosen in its list with the arrow keys and applied.
        keyboard.activate(page.locator("#framework-template"));
        page.getByRole(AriaRole.OPTION).first().waitFor();
        keyboard.press("ArrowDown");
        keyboard.press("Enter");
        keyboard.activate(page.locator("#apply-template"));
        assertThat(page.locator("#review-every input")).not().hasValue("");
        next("development-plans");

        // 4. Development plans: no HiPo yet, and the activity library opens and closes all the same.
        assertThat(page.locator("#plans-empty")).isVisible();
        keyboard.activate(page.locator("#open-library"));
        assertThat(page.locator("#library-templates")).isVisible();
        keyboard.press("Escape");
        assertThat(page.locator("#library-templates")).isHidden();
        next("support");

        // 5. Ongoing support: a catalogue entry added from the keyboard.
        tabsThenArrowTo("#tab-catalogue");
        keyboard.activate(page.locator("#add-resource"));
        keyboard.tabTo(page.locator("#resource-title"));
        keyboard.type("Negotiation masterclass");
        keyboard.activate(page.locator("#save-resource"));
        assertThat(page.locator("#resource-grid")).containsText("Negotiation masterclass");
        next("measurement");

        // 6. Measuring success: the measurement plan proposed with Enter.
        keyboard.activate(page.locator("#propose-plan"));
        assertThat(page.locator("#metric-grid")).containsText(t.step("measurement", "standard.PERFORMANCE_RATING"));
        next("review");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(t.host("wizard.review"))))
                .isVisible();
        browser.screenshot("review");
    }

    /** Tabs to the tab strip (its selected tab), then arrows to {@code tab} and selects it with Enter. */
    private void tabsThenArrowTo(String tab) {
        keyboard.tabTo(page.locator("vaadin-tabs:has(" + tab + ") vaadin-tab[selected]"));
        keyboard.arrowTo(page.locator(tab), "ArrowRight");
        keyboard.press("Enter");
        assertThat(page.locator(tab)).hasAttribute("selected", "");
    }

    /** The wizard's Next button, reached and pressed from the keyboard. */
    private void next(String step) {
        keyboard.activate(page.locator("#wizard-next"));
        page.waitForURL(Pattern.compile(".*/steps/" + step));
        browser.settle();
    }

    private Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).first();
    }

    /** The button on the screen with exactly this name (a hidden one, e.g. of a closed overlay, is not the user's). */
    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true));
    }
}
