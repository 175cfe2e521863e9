package com.ascent.app.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.organization.OrganizationSettings;
import com.ascent.app.organization.OrganizationSettingsService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.BrowserlessViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrganizationSettingsViewTest extends BrowserlessViewTest {

    @Autowired
    OrganizationSettingsService settings;

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
}
