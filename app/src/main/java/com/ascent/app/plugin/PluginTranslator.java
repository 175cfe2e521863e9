package com.ascent.app.plugin;

import com.ascent.app.i18n.TextPatterns;
import com.ascent.plugin.api.Translator;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/** A plugin's {@code messages} bundle, read through the plugin's own class loader. */
final class PluginTranslator implements Translator {

    private final Locale locale;
    private final @Nullable ResourceBundle bundle;

    PluginTranslator(Class<?> stepClass, Locale locale) {
        this.locale = locale;
        this.bundle = load(stepClass, locale);
    }

    private static @Nullable ResourceBundle load(Class<?> stepClass, Locale locale) {
        try {
            return ResourceBundle.getBundle(stepClass.getPackageName() + ".messages", locale,
                    stepClass.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                            ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return null;
        }
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public String get(String key, Object... arguments) {
        if (bundle == null || !bundle.containsKey(key)) {
            return "!" + key + "!";
        }
        return TextPatterns.format(bundle.getString(key), locale, arguments);
    }
}
