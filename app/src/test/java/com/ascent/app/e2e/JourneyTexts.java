package com.ascent.app.e2e;

import com.ascent.app.format.LocaleFormats;
import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.app.i18n.TextPatterns;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/**
 * What a journey expects to read and what its user types, in one language: every expected text comes
 * from the application's own bundles (the host's and the step plugins'), every shown figure and date
 * from the application's own {@link LocaleFormats}, and the journey's sample data (program names,
 * objectives, comments) from {@code e2e/journey*.properties}, written as an HR manager of that
 * language would write them. So the same journey runs in every language Ascent speaks.
 */
final class JourneyTexts {

    /** Where the text a test cannot know ends, e.g. the name of who signed a plan off; see {@link #upTo}. */
    static final String REST = "\u0000";

    private static final Path PLUGINS = Path.of("..", "plugins");

    final Locale language;
    /** The browser's locale: the format of figures and dates, and the language it asks for. */
    final Locale browser;
    final Currency currency;
    /** The figures and dates as the application shows them to this user. */
    final LocaleFormats shown;

    private final AscentI18NProvider host = new AscentI18NProvider();
    private final ResourceBundle data;
    private final Map<String, Properties> steps = new HashMap<>();

    JourneyTexts(Locale browser, Currency currency) {
        this.browser = browser;
        this.language = Locale.of(browser.getLanguage());
        this.currency = currency;
        this.data = ResourceBundle.getBundle("e2e.journey", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.shown = new LocaleFormats(browser, currency, ZoneId.of(data("organization.timeZone")), host, language);
    }

    static JourneyTexts english() {
        return new JourneyTexts(Locale.forLanguageTag("en-US"), Currency.getInstance("EUR"));
    }

    static JourneyTexts polish() {
        return new JourneyTexts(Locale.forLanguageTag("pl-PL"), Currency.getInstance("PLN"));
    }

    /** A text of the host's bundles. */
    String host(String key, Object... arguments) {
        String text = host.getTranslation(key, language, arguments);
        if (text.startsWith("!")) {
            throw new IllegalArgumentException("no host text " + key);
        }
        return text.strip();
    }

    /** A text of a step plugin's bundle; {@code plugin} is its module under {@code plugins/}, e.g. {@code measurement}. */
    String step(String plugin, String key, Object... arguments) {
        String pattern = steps.computeIfAbsent(plugin, this::bundle).getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no text " + key + " in plugin " + plugin);
        }
        return TextPatterns.format(pattern, language, arguments).strip();
    }

    /** The start of a step plugin's text, before its first argument, e.g. "Calendar generated:". */
    String stepStart(String plugin, String key) {
        String pattern = steps.computeIfAbsent(plugin, this::bundle).getProperty(key);
        return TextPatterns.format(pattern.substring(0, pattern.indexOf('{')), language).strip();
    }

    /** The journey's own sample data in this language, e.g. the name of the program. */
    String data(String key) {
        return data.getString(key);
    }

    /** The start of a text up to the part given as {@link #REST}, e.g. "Signed off by Olivia Brandt on". */
    static String upTo(String text) {
        return text.substring(0, text.indexOf(REST)).strip();
    }

    /** A date as this user types it into a date field, e.g. "1/11/2027" or "11.01.2027". */
    String typed(LocalDate date) {
        return DateTimeFormatter.ofPattern(data("typedDate"), browser).format(date);
    }

    /** An amount as this user types it, grouped with a plain space where the locale groups with a no-break one. */
    String typed(String amount) {
        BigDecimal value = new BigDecimal(amount);
        NumberFormat format = NumberFormat.getNumberInstance(browser);
        format.setMinimumFractionDigits(value.scale());
        return format.format(value).replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    /** A date as a date field shows it once chosen. */
    String field(LocalDate date) {
        return shown.shortDate(date);
    }

    /** Text with every kind of space made a plain space, as a test compares what a page or PDF shows. */
    static String spaced(String text) {
        return text.replaceAll("[\\s\u00A0\u202F]+", " ");
    }

    private Properties bundle(String plugin) {
        String file = language.equals(Locale.ENGLISH) ? "messages.properties" : "messages_" + language + ".properties";
        try (Stream<Path> files = Files.walk(PLUGINS.resolve(plugin).resolve("src/main/resources"))) {
            Path bundle = files.filter(p -> p.getFileName().toString().equals(file)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no " + file + " in plugin " + plugin));
            Properties texts = new Properties();
            try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
