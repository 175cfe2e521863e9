package com.ascent.app.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.plugin.api.format.Formats;
import com.ascent.plugin.api.format.UnreadableValueException;
import com.ascent.plugin.api.format.ValueKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one place where values are read and shown: a text is read as the person meant it in their
 * format locale, or refused with an example, never reinterpreted.
 */
class LocaleFormatsTest {

    private static final AscentI18NProvider I18N = new AscentI18NProvider();
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency PLN = Currency.getInstance("PLN");
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    static Formats formats(String formatLocale) {
        return formats(formatLocale, EUR);
    }

    static Formats formats(String formatLocale, Currency currency) {
        return new LocaleFormats(Locale.forLanguageTag(formatLocale), currency, WARSAW, I18N, Locale.ENGLISH);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en-US | 29,500      | 29500
            en-US | 128,400     | 128400
            en-US | 1,500.50    | 1500.50
            en-US | 1500.50     | 1500.50
            en-US | 1,234,567.8 | 1234567.8
            en-US | -1,500      | -1500
            en-US | .5          | 0.5
            en-US | 29.5        | 29.5
            en-US | 1 500.50    | 1500.50
            en-GB | 29,500      | 29500
            de-DE | 29.500,50   | 29500.50
            de-DE | 1.500,50    | 1500.50
            de-DE | 1500,50     | 1500.50
            de-DE | 1,5         | 1.5
            de-DE | 29 500,50   | 29500.50
            pl-PL | 29 500,50   | 29500.50
            pl-PL | 1500,50     | 1500.50
            pl-PL | 1 234 567   | 1234567
            fr-FR | 29 500,50   | 29500.50
            de-CH | 29'500.50   | 29500.50
            """)
    void readsNumbersAsTheLocaleWritesThem(String locale, String text, String expected) {
        assertThat(formats(locale).parseNumber(text)).isEqualByComparingTo(expected);
    }

    @Test
    void readsEveryKindOfSpaceAsGroupingWhereTheLocaleGroupsWithSpaces() {
        Formats polish = formats("pl-PL");
        assertThat(polish.parseMoney("29\u00A0500,50")).isEqualByComparingTo("29500.50");
        assertThat(polish.parseMoney("29\u202F500,50")).isEqualByComparingTo("29500.50");
        assertThat(polish.parseMoney("29 500,50")).isEqualByComparingTo("29500.50");
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is refused")
    @CsvSource(delimiter = '|', textBlock = """
            en-US | 1500,50
            en-US | 1,5
            en-US | 1,50
            en-US | 12,34,567
            en-US | 1,500 000
            en-US | 1,500.
            en-US | 1.500,50
            en-US | 1.2.3
            en-US | three
            en-US | 3 %
            en-US | 10e3
            en-US | --5
            en-US | 1,5000
            de-DE | 1.5
            de-DE | 29500.50
            de-DE | 1.500.50
            de-DE | 1.50,00
            pl-PL | 1.500,50
            pl-PL | 1500.50
            pl-PL | 1,500.50
            pl-PL | 29 50,50
            """)
    void refusesWhatTheLocaleDoesNotWriteThatWay(String locale, String text) {
        assertThatThrownBy(() -> formats(locale).parseNumber(text))
                .isInstanceOf(UnreadableValueException.class)
                .extracting(e -> ((UnreadableValueException) e).kind()).isEqualTo(ValueKind.NUMBER);
    }

    @Test
    void refusalsGiveAnExampleInTheUsersFormat() {
        assertThatThrownBy(() -> formats("en-US").parseMoney("1500,50")).hasMessage("Enter an amount like 1,500.50.");
        assertThatThrownBy(() -> formats("de-DE").parseMoney("1.5")).hasMessage("Enter an amount like 1.500,50.");
        assertThatThrownBy(() -> formats("pl-PL").parseMoney("1.500,50"))
                .hasMessage("Enter an amount like 1\u00A0500,50.");
        assertThatThrownBy(() -> formats("en-US").parseNumber("1,5")).hasMessage("Enter a number like 1,500.5.");
        assertThatThrownBy(() -> formats("en-US").parseDate("04.01.2027")).hasMessage("Enter a date like 12/31/2027.");
        assertThatThrownBy(() -> formats("de-DE").parseDate("1/4/2027")).hasMessage("Enter a date like 31.12.2027.");
        assertThat(formats("en-US").refusal(ValueKind.TIME)).isEqualTo("Enter a time like 2:30\u202FPM.");
        assertThat(formats("de-DE").refusal(ValueKind.TIME)).isEqualTo("Enter a time like 14:30.");
    }

    @Test
    void blankIsNothingEntered() {
        Formats english = formats("en-US");
        assertThat(english.parseNumber("  ")).isNull();
        assertThat(english.parseMoney("")).isNull();
        assertThat(english.parseDate(" ")).isNull();
    }

    @Test
    void moneyMayCarryTheOrganizationsCurrencyButNoOtherAndNoMoreDecimalsThanItHas() {
        Formats english = formats("en-US");
        assertThat(english.parseMoney("29,500 EUR")).isEqualByComparingTo("29500");
        assertThat(english.parseMoney("€1,500.50")).isEqualByComparingTo("1500.50");
        assertThat(english.parseMoney("eur 20")).isEqualByComparingTo("20");
        assertThat(formats("pl-PL", PLN).parseMoney("29 500,50 zł")).isEqualByComparingTo("29500.50");
        assertThatThrownBy(() -> english.parseMoney("100 USD")).isInstanceOf(UnreadableValueException.class);
        assertThatThrownBy(() -> english.parseMoney("1,500.505")).isInstanceOf(UnreadableValueException.class);
        assertThat(english.parseMoney("1,500.500")).isEqualByComparingTo("1500.5");
    }

    @Test
    void showsNumbersAndMoneyGroupedWithTheCurrency() {
        assertThat(formats("en-US").number(new BigDecimal("29500.456"))).isEqualTo("29,500.46");
        assertThat(formats("en-US").money(new BigDecimal("20000"))).isEqualTo("20,000 EUR");
        assertThat(formats("en-US").money(new BigDecimal("1500.5"))).isEqualTo("1,500.50 EUR");
        assertThat(formats("de-DE").money(new BigDecimal("29500.50"))).isEqualTo("29.500,50 EUR");
        assertThat(formats("pl-PL", PLN).money(new BigDecimal("29500.50"))).isEqualTo("29\u00A0500,50 PLN");
        assertThat(formats("en-US").number(null)).isEqualTo("–");
        assertThat(formats("en-US").money(null)).isEqualTo("–");
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en-US | 1/4/2027   | 2027-01-04
            en-US | 01/04/2027 | 2027-01-04
            en-US | 2027-01-04 | 2027-01-04
            en-GB | 04/01/2027 | 2027-01-04
            de-DE | 04.01.2027 | 2027-01-04
            de-DE | 4.1.2027   | 2027-01-04
            de-DE | 2027-01-04 | 2027-01-04
            pl-PL | 04.01.2027 | 2027-01-04
            pl-PL | 2027-01-04 | 2027-01-04
            """)
    void readsDatesInTheLocalesOrderAndIso(String locale, String text, LocalDate expected) {
        assertThat(formats(locale).parseDate(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is refused")
    @CsvSource(delimiter = '|', textBlock = """
            en-US | 04.01.2027
            en-US | 13/1/2027
            en-US | 2/30/2027
            en-US | 1/4/27
            de-DE | 1/4/2027
            de-DE | 04.01.27
            de-DE | 31.02.2027
            pl-PL | 2027-13-01
            pl-PL | jutro
            """)
    void refusesDatesNotWrittenTheLocalesWay(String locale, String text) {
        assertThatThrownBy(() -> formats(locale).parseDate(text)).isInstanceOf(UnreadableValueException.class)
                .extracting(e -> ((UnreadableValueException) e).kind()).isEqualTo(ValueKind.DATE);
    }

    @Test
    void datePatternsHaveAFourDigitYearInTheLocalesOrder() {
        assertThat(formats("en-US").datePattern()).isEqualTo("M/d/yyyy");
        assertThat(formats("en-GB").datePattern()).isEqualTo("dd/MM/yyyy");
        assertThat(formats("de-DE").datePattern()).isEqualTo("dd.MM.yyyy");
        assertThat(formats("pl-PL").datePattern()).isEqualTo("d.MM.yyyy");
        assertThat(formats("de-DE").shortDate(LocalDate.of(2027, 1, 4))).isEqualTo("04.01.2027");
        assertThat(formats("en-US").date(LocalDate.of(2027, 1, 4))).isEqualTo("Jan 4, 2027");
        assertThat(formats("de-DE").date(LocalDate.of(2027, 1, 4))).isEqualTo("04.01.2027");
    }

    @Test
    void timesAreShownInTheirZone() {
        Instant noonUtc = Instant.parse("2027-01-04T12:00:00Z");
        assertThat(formats("de-DE").dateTime(noonUtc.atZone(WARSAW))).isEqualTo("04.01.2027, 13:00");
        assertThat(formats("de-DE").time(LocalTime.of(9, 5))).isEqualTo("09:05");
    }

    /** Whatever is shown can be typed back and means the same: for many locales and random values. */
    @Test
    void whatIsShownReadsBackAsTheSameValue() {
        Random random = new Random(13);
        for (String tag : List.of("en-US", "en-GB", "de-DE", "de-CH", "pl-PL", "fr-FR", "es-ES", "it-IT", "nl-NL",
                "sv-SE", "cs-CZ", "pt-BR", "ja-JP")) {
            Formats formats = formats(tag);
            for (int i = 0; i < 500; i++) {
                BigDecimal value = BigDecimal.valueOf(random.nextLong(-10_000_000_000L, 10_000_000_000L), 2);
                assertThat(formats.parseNumber(formats.number(value))).as(tag + " " + value).isEqualByComparingTo(value);
                LocalDate date = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(20_000));
                assertThat(formats.parseDate(formats.shortDate(date))).as(tag + " " + date).isEqualTo(date);
            }
        }
    }
}
