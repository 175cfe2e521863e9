package com.ascent.app.mail;

import com.ascent.app.i18n.AscentI18NProvider;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The languages to write to an organization's people in: each member's chosen language, else the
 * organization's default, else English (a language Ascent does not offer counts as not chosen).
 * Looked up once for many recipients (a reminder run) or for one.
 */
public final class RecipientLanguages {

    private final Map<String, String> chosen;
    private final Locale fallback;

    RecipientLanguages(Map<String, String> chosenByLowerCaseEmail, @Nullable String organizationDefault) {
        this.chosen = Map.copyOf(chosenByLowerCaseEmail);
        this.fallback = supported(organizationDefault, Locale.ENGLISH);
    }

    public Locale of(String email) {
        return supported(chosen.get(email.strip().toLowerCase(Locale.ROOT)), fallback);
    }

    private static Locale supported(@Nullable String tag, Locale otherwise) {
        if (tag == null) {
            return otherwise;
        }
        Locale locale = Locale.forLanguageTag(tag);
        return AscentI18NProvider.LOCALES.contains(locale) ? locale : otherwise;
    }
}
