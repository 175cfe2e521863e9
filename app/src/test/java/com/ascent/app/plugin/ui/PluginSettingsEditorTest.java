package com.ascent.app.plugin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.plugin.GuardedStep;
import com.ascent.app.plugin.PluginSettingsService;
import com.ascent.app.plugin.StepBindingService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.security.UserPreferences;
import com.ascent.app.security.UserPreferencesService;
import com.ascent.app.support.BrowserlessViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An administrator sets the sponsor sign-off's settings for their organization on the plugins page:
 * a number typed in their own format is read as they meant it, a value that is no number is refused
 * at its field and nothing is stored.
 */
class PluginSettingsEditorTest extends BrowserlessViewTest {

    @DynamicPropertySource
    static void examplePlugins(DynamicPropertyRegistry registry) {
        registry.add("ascent.plugins.dirs", () -> "../plugins,../test-plugins,../plugin-examples");
    }

    @Autowired
    PluginSettingsService settings;
    @Autowired
    StepBindingService bindings;
    @Autowired
    UserPreferencesService preferences;

    Account admin;

    @BeforeEach
    void anAdministratorWhoWritesNumbersThePolishWay() {
        admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        preferences.save(new UserPreferences(null, Locale.forLanguageTag("pl-PL")));
    }

    @Test
    void settingsAreShownAtTheirDefaultsAndSavedForTheOrganization() {
        navigate(PluginsView.class);
        TextField days = $(TextField.class).id("setting-sponsor-sign-off-deadline-days");
        TextField title = $(TextField.class).id("setting-sponsor-sign-off-sponsor-title");
        assertThat(days.getValue()).isEqualTo("14");
        assertThat(title.getValue()).isEqualTo("Executive sponsor");
        assertThat(days.getLabel()).isEqualTo("Approval due, days before the program starts");

        test(days).setValue("10,5");
        test(title).setValue("Board sponsor");
        test($(Button.class).id("settings-save-sponsor-sign-off")).click();

        assertThat(days.isInvalid()).isFalse();
        assertThat(settings.of(sponsorStep()).number("deadline-days")).isEqualByComparingTo("10.5");
        assertThat(settings.of(sponsorStep()).text("sponsor-title")).isEqualTo("Board sponsor");

        navigate(PluginsView.class);
        assertThat($(TextField.class).id("setting-sponsor-sign-off-deadline-days").getValue()).isEqualTo("10,5");
    }

    @Test
    void aValueThatIsNoNumberIsRefusedAtItsFieldAndNothingIsStored() {
        navigate(PluginsView.class);
        TextField days = $(TextField.class).id("setting-sponsor-sign-off-deadline-days");
        test($(TextField.class).id("setting-sponsor-sign-off-sponsor-title")).setValue("Board sponsor");
        test(days).setValue("two weeks");
        test($(Button.class).id("settings-save-sponsor-sign-off")).click();

        assertThat(days.isInvalid()).isTrue();
        assertThat(days.getErrorMessage()).startsWith("Enter a number, e.g. 1");
        assertThat(settings.of(sponsorStep()).text("sponsor-title")).isEqualTo("Executive sponsor");
    }

    private GuardedStep sponsorStep() {
        return bindings.availableSteps().stream().filter(s -> s.stepId().equals("sponsor-sign-off")).findFirst()
                .orElseThrow();
    }
}
