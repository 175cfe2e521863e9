package com.ascent.app.report;

import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.plugin.api.format.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Texts of a report in the reader's language, its figures and dates in the reader's formats. */
public record ReportTexts(AscentI18NProvider i18n, Locale locale, Formats formats) {

    /** The translation of {@code key} with its arguments. */
    public String get(String key, Object... arguments) {
        return i18n.getTranslation(key, locale, arguments);
    }

    /** A date as the reader writes it, e.g. "Jan 11, 2027". */
    public String date(LocalDate date) {
        return formats.date(date);
    }

    /** A number with at most two decimals, grouped as the reader groups digits; a dash when unknown. */
    public String number(@Nullable BigDecimal value) {
        return formats.number(value);
    }

    /** An amount in the organization's currency, e.g. "20,000 EUR"; a dash when unknown. */
    public String money(@Nullable BigDecimal amount) {
        return formats.money(amount);
    }
}
