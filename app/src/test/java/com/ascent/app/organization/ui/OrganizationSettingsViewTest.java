package com.ascent.app.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.format.FormatsService;
import com.ascent.app.organization.OrganizationSettings;
import com.ascent.app.organization.OrganizationSettingsService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.BrowserlessViewTest;
import com.ascent.plugin.api.format.Formats;
import com.ascent.plugin.api.format.ValueFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.temporal.WeekFields;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrganizationSettingsViewTest extends BrowserlessViewTest {

    @Autowired
    OrganizationSettingsService settings;
    @Autowired
    FormatsService formats;

    @Test
    void aNewOrganizationCountsInEurosOnEuropeanTimeNotUtc() {
        accounts.signIn(accounts.newOrganization(Role.HR));

        OrganizationSettings fresh = settings.current();
        assertThat(fresh.currency()).isEqualTo(Currency.getInstance("EUR"));
        assertThat(fresh.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(fresh.formatLocale()).isEqualTo(Locale.forLanguageTag("en-GB"));
    }

    @Test
    void anAdministratorSetsTheCurrencyTimeZoneAndDefaultFormatOfTheOrganization() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        navigate(OrganizationSettingsView.class);

        @SuppressWarnings("unchecked")
        ComboBox<Currency> currency = $(ComboBox.class).id("organization-currency");
        test(currency).selectItem("PLN · Polish Zloty");
        @SuppressWarnings("unchecked")
        ComboBox<String> zone = $(ComboBox.class).id("organization-time-zone");
        test(zone).selectItem("Europe/Warsaw");
        @SuppressWarnings("unchecked")
        ComboBox<Locale> format = $(ComboBox.class).id("organization-format-locale");
        test(format).selectItem("Polish (Poland) (1\u00A0500,50 · 31.12.2027)");
        test($(Button.class).id("save-organization")).click();

        OrganizationSettings saved = settings.current();
        assertThat(saved.currency()).isEqualTo(Currency.getInstance("PLN"));
        assertThat(saved.timeZone()).isEqualTo(ZoneId.of("Europe/Warsaw"));
        assertThat(saved.formatLocale()).isEqualTo(Locale.forLanguageTag("pl-PL"));
    }

    @Test
    void anAdministratorSetsTheLanguageWeekStartNineBoxScalesAndAnonymityThreshold() {
        accounts.signIn(accounts.newOrganization(Role.ADMIN));
        OrganizationSettings fresh = settings.current();
        assertThat(fresh.defaultLanguage()).as("the browser's language until chosen").isNull();
        assertThat(fresh.weekStart()).as("the format locale's week until chosen").isNull();
        assertThat(List.of(fresh.performanceScale(), fresh.potentialScale(), fresh.feedbackAnonymityThreshold()))
                .containsExactly(3, 3, 3);
        navigate(OrganizationSettingsView.class);

        test(comboBox("organization-default-language")).selectItem("polski");
        test(comboBox("organization-week-start")).selectItem("Saturday");
        test(select("organization-performance-scale")).selectItem("1 to 5");
        test(select("organization-potential-scale")).selectItem("1 to 4");
        $(IntegerField.class).id("organization-anonymity-threshold").setValue(5);
        test($(Button.class).id("save-organization")).click();

        OrganizationSettings saved = settings.current();
        assertThat(saved.defaultLanguage()).isEqualTo(Locale.forLanguageTag("pl"));
        assertThat(saved.weekStart()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(saved.performanceScale()).isEqualTo(5);
        assertThat(saved.potentialScale()).isEqualTo(4);
        assertThat(saved.feedbackAnonymityThreshold()).isEqualTo(5);
        Formats userFormats = formats.current(Locale.ENGLISH);
        assertThat(userFormats.firstDayOfWeek()).as("the organization's week, not the format locale's")
                .isEqualTo(DayOfWeek.SATURDAY);
        assertThat(ValueFields.date(userFormats, "Start").getI18n().getFirstDayOfWeek()).isEqualTo(6);

        comboBox("organization-week-start").clear();
        comboBox("organization-default-language").clear();
        test($(Button.class).id("save-organization")).click();
        assertThat(settings.current().weekStart()).isNull();
        assertThat(settings.current().defaultLanguage()).isNull();
        Formats followingTheLocale = formats.current(Locale.ENGLISH);
        assertThat(followingTheLocale.firstDayOfWeek()).as("the user's format locale decides again")
                .isEqualTo(WeekFields.of(followingTheLocale.locale()).getFirstDayOfWeek())
                .isNotEqualTo(DayOfWeek.SATURDAY);
    }

    @Test
    void anAnonymityThresholdThatWouldRevealRatersIsRefusedWithAMessage() {
        accounts.signIn(accounts.newOrganization(Role.ADMIN));
        navigate(OrganizationSettingsView.class);
        IntegerField threshold = $(IntegerField.class).id("organization-anonymity-threshold");

        threshold.setValue(2);
        test($(Button.class).id("save-organization")).click();

        assertThat(threshold.isInvalid()).isTrue();
        assertThat(threshold.getErrorMessage()).isEqualTo("Enter a whole number of raters from 3 to 20.");
        assertThat(settings.current().feedbackAnonymityThreshold()).isEqualTo(3);

        threshold.clear();
        test($(Button.class).id("save-organization")).click();
        assertThat(threshold.isInvalid()).isTrue();
        assertThat(settings.current().feedbackAnonymityThreshold()).isEqualTo(3);
    }

    @Test
    void aChangeSavedMeanwhileByAnotherAdministratorIsNotOverwritten() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        navigate(OrganizationSettingsView.class);
        OrganizationSettings before = settings.current();
        settings.save(new OrganizationSettings(before.currency(), before.timeZone(), before.formatLocale(),
                before.workingWeek(), before.defaultLanguage(), DayOfWeek.SATURDAY, 4, before.potentialScale(),
                before.feedbackAnonymityThreshold(), before.version()));

        test(select("organization-performance-scale")).selectItem("1 to 5");
        test($(Button.class).id("save-organization")).click();

        assertThat(settings.current().performanceScale()).as("the other administrator's change stays").isEqualTo(4);
        assertThat(settings.current().weekStart()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(test($(Notification.class).last()).getText()).startsWith("Someone else changed these settings in the meantime.");
        assertThat(select("organization-performance-scale").getValue()).as("the form shows what is saved now")
                .isEqualTo(4);
        assertThat(comboBox("organization-week-start").getValue()).isEqualTo(DayOfWeek.SATURDAY);
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> comboBox(String id) {
        return $(ComboBox.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private Select<Integer> select(String id) {
        return $(Select.class).id(id);
    }
}
