package com.ascent.app.i18n;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;

/**
 * How every translated text of the host and of the plugins becomes a sentence: an ICU
 * MessageFormat pattern, always formatted (also without arguments) so that an apostrophe reads
 * the same in every text, and plural forms follow the language ({@code one}, {@code few},
 * {@code many} in Polish).
 */
public final class TextPatterns {

    /**
     * A pseudo-locale for developers and tests: English texts between ⟦ and ⟧, so that a screen
     * shown in it reveals every text that does not come from a bundle. Users never get it.
     */
    public static final Locale PSEUDO = Locale.forLanguageTag("en-XA");

    private TextPatterns() {
    }

    /** The pattern with its arguments, in the locale's number and plural rules. */
    public static String format(String pattern, Locale locale, Object... arguments) {
        String text = new MessageFormat(pattern, locale).format(arguments);
        return PSEUDO.equals(locale) ? "⟦" + text + "⟧" : text;
    }
}
