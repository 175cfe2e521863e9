package com.ascent.app.security;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A user's own choices: the language of the texts and the format locale (how numbers and dates are
 * written, e.g. de-DE for "29.500,50"), kept apart so a German user may read English and type
 * German figures. {@code null} follows the browser.
 */
public record UserPreferences(@Nullable Locale language, @Nullable Locale formatLocale) {

    public static final UserPreferences BROWSER = new UserPreferences(null, null);
}
