package com.ascent.plugin.api.format;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.WeekFields;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One way to read and show numbers, money, dates and times, in the user's format locale (since 1.3.0).
 *
 * <p>The format locale is the user's choice of how figures and dates are written (for example
 * {@code de-DE}: "29.500,50", "04.01.2027"); it is separate from the language of the texts
 * ({@link com.ascent.plugin.api.Translator#locale()}). Money is always in the organization's
 * {@link #currency()}, and times of day belong to its {@link #zone()}.
 *
 * <p>Parsing is strict: a text is either read as the person meant it or refused with an
 * {@link UnreadableValueException} whose message gives an example of the expected form. Nothing is
 * reinterpreted: in English "29,500" is 29500 and "1,5" or "1500,50" is refused; in German
 * "1.500,50" is 1500.50; in Polish "29 500,50" is 29500.50. Blank text reads as {@code null}.
 */
public interface Formats {

    /** The user's format locale. */
    Locale locale();

    /** The organization's currency, the currency of every amount in Ascent. */
    Currency currency();

    /** The organization's time zone, in which meetings are planned and times are shown. */
    ZoneId zone();

    /**
     * The day weeks start on in calendars and date pickers: the organization's choice, else the
     * format locale's (this default).
     *
     * @since 1.4.0
     */
    default DayOfWeek firstDayOfWeek() {
        return WeekFields.of(locale()).getFirstDayOfWeek();
    }

    /** A number grouped as the user groups digits, at most two decimals, e.g. "29,500.5"; a dash when unknown. */
    String number(@Nullable BigDecimal value);

    /** An amount with the currency, e.g. "29,500.50 EUR" or "20,000 EUR"; a dash when unknown. */
    String money(@Nullable BigDecimal amount);

    /** A date as the user writes it in prose and grids, e.g. "Jan 4, 2027" or "04.01.2027"; a dash when unknown. */
    String date(@Nullable LocalDate date);

    /** A date as typed in a field, with a four-digit year, e.g. "1/4/2027" or "04.01.2027". */
    String shortDate(LocalDate date);

    /** The pattern of {@link #shortDate}, in the letters d, M and y, e.g. "M/d/yyyy" or "dd.MM.yyyy". */
    String datePattern();

    /** A time of day, e.g. "2:30 PM" or "14:30". */
    String time(LocalTime time);

    /**
     * A moment as a date and time in its zone, e.g. "Jan 4, 2027, 2:30 PM"; for the organization's
     * time zone pass {@code instant.atZone(formats.zone())}.
     */
    String dateTime(ZonedDateTime moment);

    /** The number in {@code text}, or {@code null} when it is blank. */
    @Nullable BigDecimal parseNumber(String text) throws UnreadableValueException;

    /**
     * The amount in {@code text} (the currency's code or symbol may be written too), or {@code null}
     * when it is blank; more decimals than the currency has are refused.
     */
    @Nullable BigDecimal parseMoney(String text) throws UnreadableValueException;

    /** The date in {@code text}, in the user's form ({@link #datePattern()}) or ISO (2027-01-04), or {@code null} when blank. */
    @Nullable LocalDate parseDate(String text) throws UnreadableValueException;

    /** The message refusing a value of {@code kind}, with an example, e.g. "Enter an amount like 1,500.50." */
    String refusal(ValueKind kind);

    /** A word shown on fields, in the user's language. */
    String text(FormatText text);
}
