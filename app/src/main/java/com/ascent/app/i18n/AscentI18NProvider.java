package com.ascent.app.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every text of the host's screens. Each feature keeps its own bundle
 * ({@code i18n/people.properties}, {@code i18n/people_pl.properties}, ...); a key is looked up in
 * all of them. A missing key shows as {@code !key!} so that it is visible in screens and tests.
 */
@Component
public class AscentI18NProvider implements I18NProvider {

    /** The languages Ascent's screens are written in; the first is the default. */
    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.of("pl"));

    private final List<String> baseNames;

    public AscentI18NProvider() {
        this.baseNames = discoverBundles();
    }

    private static List<String> discoverBundles() {
        try {
            List<String> names = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
                String file = Objects.requireNonNull(resource.getFilename());
                if (!file.contains("_")) {
                    names.add("i18n." + file.substring(0, file.length() - ".properties".length()));
                }
            }
            names.sort(null);
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return findTranslation(key, locale, params).orElse("!" + key + "!");
    }

    /** The translation of {@code key}, if there is one (for texts with a fallback of their own). */
    public Optional<String> findTranslation(String key, Locale locale, Object... params) {
        for (String baseName : baseNames) {
            ResourceBundle bundle = ResourceBundle.getBundle(baseName, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            if (bundle.containsKey(key)) {
                return Optional.of(TextPatterns.format(bundle.getString(key), locale, params));
            }
        }
        return Optional.empty();
    }
}
