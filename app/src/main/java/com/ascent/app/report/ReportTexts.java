package com.ascent.app.report;

import com.ascent.app.i18n.AscentI18NProvider;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Texts, dates and numbers of a report in the reader's language. */
public record ReportTexts(AscentI18NProvider i18n, Locale locale) {

    /** The translation of {@code key} with its arguments. */
    public String get(String key, Object... arguments) {
        return i18n.getTranslation(key, locale, arguments);
    }

    /** A date as the reader writes it, e.g. "Jan 11, 2027". */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** A number with at most two decimals, grouped as the reader groups digits; a dash when unknown. */
    public String number(@Nullable BigDecimal value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
