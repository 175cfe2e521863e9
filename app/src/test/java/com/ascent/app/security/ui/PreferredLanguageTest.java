package com.ascent.app.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.organization.OrganizationSettings;
import com.ascent.app.organization.OrganizationSettingsService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.security.UserPreferences;
import com.ascent.app.security.UserPreferencesService;
import com.ascent.app.support.IntegrationTest;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The language of a member's pages: their own choice, else the organization's default, else the browser's. */
@IntegrationTest
class PreferredLanguageTest {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    @Autowired
    PreferredLanguage preferredLanguage;
    @Autowired
    OrganizationSettingsService organizationSettings;
    @Autowired
    UserPreferencesService preferences;
    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aMemberWithoutAChoiceReadsTheOrganizationsDefaultLanguageAndTheirOwnChoiceWins() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        assertThat(preferredLanguage.chosenLanguage()).as("no default yet: the browser decides").isEmpty();

        OrganizationSettings settings = organizationSettings.current();
        organizationSettings.save(new OrganizationSettings(settings.currency(), settings.timeZone(),
                settings.formatLocale(), settings.workingWeek(), POLISH, settings.weekStart(),
                settings.performanceScale(), settings.potentialScale(), settings.feedbackAnonymityThreshold(),
                settings.version()));
        Account hr = accounts.newColleague(admin, Role.HR);
        accounts.signIn(hr);
        assertThat(preferredLanguage.chosenLanguage()).contains(POLISH);

        preferences.save(new UserPreferences(Locale.ENGLISH, null));
        assertThat(preferredLanguage.chosenLanguage()).contains(Locale.ENGLISH);
    }
}
