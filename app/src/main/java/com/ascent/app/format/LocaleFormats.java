package com.ascent.app.format;

import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.plugin.api.format.FormatText;
import com.ascent.plugin.api.format.Formats;
import com.ascent.plugin.api.format.UnreadableValueException;
import com.ascent.plugin.api.format.ValueKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.time.temporal.WeekFields;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every rule for reading and showing a value, in one place: numbers and money grouped as the
 * format locale groups them, money with the organization's currency code, dates in the locale's
 * order with a four-digit year (ISO also read), times in the organization's zone. Refusals come in
 * the language of the texts, with an example in the format locale.
 */
public final class LocaleFormats implements Formats {

    /** A date whose day cannot be taken for a month, so that its example shows the order of day and month. */
    static final LocalDate EXAMPLE_DATE = LocalDate.of(2027, 12, 31);
    private static final String DASH = "–";

    private final Locale locale;
    private final DayOfWeek firstDayOfWeek;
    private final Currency currency;
    private final ZoneId zone;
    private final AscentI18NProvider i18n;
    private final Locale textLocale;
    private final StrictDecimal decimals;
    private final String datePattern;
    private final DateTimeFormatter shortDates;
    private final DateTimeFormatter typedDates;

    /**
     * @param locale     the format locale: how figures and dates are written
     * @param currency   the organization's currency
     * @param zone       the organization's time zone
     * @param textLocale the language of refusals and field words
     */
    public LocaleFormats(Locale locale, Currency currency, ZoneId zone, AscentI18NProvider i18n, Locale textLocale) {
        this(locale, currency, zone, WeekFields.of(locale).getFirstDayOfWeek(), i18n, textLocale);
    }

    /** As above, with weeks starting on {@code firstDayOfWeek} (the organization's choice) rather than the locale's. */
    public LocaleFormats(Locale locale, Currency currency, ZoneId zone, DayOfWeek firstDayOfWeek, AscentI18NProvider i18n,
                         Locale textLocale) {
        this.locale = locale;
        this.firstDayOfWeek = firstDayOfWeek;
        this.currency = currency;
        this.zone = zone;
        this.i18n = i18n;
        this.textLocale = textLocale;
        this.decimals = new StrictDecimal(locale);
        this.datePattern = datePattern(locale);
        this.shortDates = DateTimeFormatter.ofPattern(datePattern.replace("y", "u"), locale)
                .withResolverStyle(ResolverStyle.STRICT);
        // Typed dates may leave out leading zeros ("4.1.2027"), never the century.
        this.typedDates = DateTimeFormatter.ofPattern(datePattern.replaceAll("d+", "d").replaceAll("M+", "M")
                .replace("yyyy", "uuuu"), locale).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The locale's short date pattern with a four-digit year, in letters a date picker understands; ISO when it has others. */
    static String datePattern(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale).replaceAll("y+", "yyyy").replaceAll("u+", "yyyy");
        boolean plain = pattern.matches("[dMy./\\- ]+") && pattern.contains("yyyy")
                && pattern.replaceAll("[^d]", "").length() <= 2 && pattern.replaceAll("[^M]", "").length() <= 2;
        return plain ? pattern : "yyyy-MM-dd";
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public DayOfWeek firstDayOfWeek() {
        return firstDayOfWeek;
    }

    @Override
    public Currency currency() {
        return currency;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public String number(@Nullable BigDecimal value) {
        return value == null ? DASH : decimalFormat(0, 2).format(value);
    }

    @Override
    public String money(@Nullable BigDecimal amount) {
        if (amount == null) {
            return DASH;
        }
        return amountWithoutCurrency(amount) + " " + currency.getCurrencyCode();
    }

    /** An amount as figures: whole amounts without decimals ("20,000"), others with the currency's ("1,500.50"). */
    String amountWithoutCurrency(BigDecimal amount) {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        boolean whole = amount.setScale(digits, RoundingMode.HALF_UP).stripTrailingZeros().scale() <= 0;
        return whole ? decimalFormat(0, 0).format(amount) : decimalFormat(digits, digits).format(amount);
    }

    private NumberFormat decimalFormat(int minimumFractionDigits, int maximumFractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(minimumFractionDigits);
        format.setMaximumFractionDigits(maximumFractionDigits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    @Override
    public String date(@Nullable LocalDate date) {
        return date == null ? DASH : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    @Override
    public String shortDate(LocalDate date) {
        return shortDates.format(date);
    }

    @Override
    public String datePattern() {
        return datePattern;
    }

    @Override
    public String time(LocalTime time) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }

    @Override
    public String dateTime(ZonedDateTime moment) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).format(moment);
    }

    @Override
    public @Nullable BigDecimal parseNumber(String text) {
        if (text.isBlank()) {
            return null;
        }
        return decimals.read(text).orElseThrow(() -> refused(ValueKind.NUMBER));
    }

    @Override
    public @Nullable BigDecimal parseMoney(String text) {
        if (text.isBlank()) {
            return null;
        }
        BigDecimal amount = decimals.read(withoutCurrency(text.strip())).orElseThrow(() -> refused(ValueKind.MONEY));
        if (amount.stripTrailingZeros().scale() > Math.max(0, currency.getDefaultFractionDigits())) {
            throw refused(ValueKind.MONEY);
        }
        return amount;
    }

    /** The text without the organization's currency code or symbol written before or after the figures. */
    private String withoutCurrency(String text) {
        for (String mark : List.of(currency.getCurrencyCode(), currency.getSymbol(locale), currency.getSymbol(Locale.ROOT))) {
            if (text.regionMatches(true, 0, mark, 0, mark.length())) {
                return text.substring(mark.length()).strip();
            }
            if (text.length() >= mark.length()
                    && text.regionMatches(true, text.length() - mark.length(), mark, 0, mark.length())) {
                return text.substring(0, text.length() - mark.length()).strip();
            }
        }
        return text;
    }

    @Override
    public @Nullable LocalDate parseDate(String text) {
        if (text.isBlank()) {
            return null;
        }
        return parse(text.strip(), typedDates)
                .or(() -> parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE))
                .orElseThrow(() -> refused(ValueKind.DATE));
    }

    private static Optional<LocalDate> parse(String text, DateTimeFormatter format) {
        try {
            return Optional.of(LocalDate.parse(text, format));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private UnreadableValueException refused(ValueKind kind) {
        return new UnreadableValueException(kind, refusal(kind));
    }

    @Override
    public String refusal(ValueKind kind) {
        String example = switch (kind) {
            case NUMBER -> number(new BigDecimal("1500.5"));
            case MONEY -> amountWithoutCurrency(new BigDecimal("1500.50"));
            case DATE -> shortDate(EXAMPLE_DATE);
            case TIME -> time(LocalTime.of(14, 30));
        };
        return i18n.getTranslation("format.refused." + kind.name(), textLocale, example);
    }

    @Override
    public String text(FormatText text) {
        return i18n.getTranslation("format.text." + text.name(), textLocale);
    }
}
