package com.ascent.app.format;

import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.app.organization.OrganizationSettings;
import com.ascent.app.organization.OrganizationSettingsService;
import com.ascent.app.security.UserPreferencesService;
import com.ascent.plugin.api.format.Formats;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.time.temporal.WeekFields;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The {@link Formats} of the signed-in user: the format locale they chose in their preferences,
 * otherwise their browser's, otherwise the organization's default; always the organization's
 * currency and time zone, and its first day of the week when it chose one (else the format locale's).
 */
@Service
public class FormatsService {

    /** The format locales a user or an organization may choose, as people in Ascent's markets write. */
    public static final List<Locale> FORMAT_LOCALES = List.of(Locale.forLanguageTag("en-US"),
            Locale.forLanguageTag("en-GB"), Locale.forLanguageTag("en-IE"), Locale.forLanguageTag("pl-PL"),
            Locale.forLanguageTag("de-DE"), Locale.forLanguageTag("de-AT"), Locale.forLanguageTag("de-CH"),
            Locale.forLanguageTag("fr-FR"), Locale.forLanguageTag("es-ES"), Locale.forLanguageTag("it-IT"),
            Locale.forLanguageTag("nl-NL"), Locale.forLanguageTag("cs-CZ"), Locale.forLanguageTag("sv-SE"));

    private static final BigDecimal EXAMPLE_AMOUNT = new BigDecimal("1500.50");

    private final OrganizationSettingsService organization;
    private final UserPreferencesService preferences;
    private final AscentI18NProvider i18n;

    FormatsService(OrganizationSettingsService organization, UserPreferencesService preferences, AscentI18NProvider i18n) {
        this.organization = organization;
        this.preferences = preferences;
        this.i18n = i18n;
    }

    /** The signed-in user's formats; refusals and field words in {@code textLocale}, the language of their texts. */
    public Formats current(Locale textLocale) {
        OrganizationSettings settings = organization.current();
        Locale formatLocale = Optional.ofNullable(preferences.current().formatLocale())
                .or(FormatsService::browserLocale)
                .orElse(settings.formatLocale());
        DayOfWeek firstDayOfWeek = Optional.ofNullable(settings.weekStart())
                .orElseGet(() -> WeekFields.of(formatLocale).getFirstDayOfWeek());
        return new LocaleFormats(formatLocale, settings.currency(), settings.timeZone(), firstDayOfWeek, i18n, textLocale);
    }

    /** How {@code formatLocale} writes an amount and a date, e.g. "1,500.50 · 12/31/2027", to choose among locales. */
    public String example(Locale formatLocale) {
        LocaleFormats formats = new LocaleFormats(formatLocale, Currency.getInstance("EUR"), ZoneOffset.UTC, i18n,
                formatLocale);
        return formats.amountWithoutCurrency(EXAMPLE_AMOUNT) + " · " + formats.shortDate(LocaleFormats.EXAMPLE_DATE);
    }

    /**
     * The locale the browser asked for (Accept-Language), when a browser is talking to us: the
     * session's browser while the session is locked (UI requests), else the current request's
     * (downloads run without the session lock, and the browser details need it).
     */
    private static Optional<Locale> browserLocale() {
        VaadinSession session = VaadinSession.getCurrent();
        Optional<Locale> locale = session != null && session.hasLock()
                ? Optional.ofNullable(session.getBrowser().getLocale())
                : Optional.ofNullable(VaadinRequest.getCurrent()).map(VaadinRequest::getLocale);
        return locale.filter(l -> !l.getLanguage().isEmpty());
    }
}
