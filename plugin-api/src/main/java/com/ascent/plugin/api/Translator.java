package com.ascent.plugin.api;

import java.util.Locale;

/**
 * Translations for one plugin in the current user's locale.
 *
 * <p>The host reads the plugin's resource bundle {@code messages} in the package of its
 * {@link WizardStep} class (for example {@code com/acme/steps/messages.properties} and
 * {@code messages_pl.properties}) through the plugin's class loader. Values use
 * ICU MessageFormat patterns (a single apostrophe is literal; counts take plural forms, e.g.
 * {@code {0, plural, one {# person} other {# people}}}):
 * {@code objective.missingIndicator=Objective “{0}” has no indicator.}
 */
public interface Translator {

    /** The user's locale. */
    Locale locale();

    /**
     * The text for {@code key} with {@code arguments} filled in. A missing key yields
     * {@code !key!} so that it is visible in the UI and in tests.
     */
    String get(String key, Object... arguments);
}
