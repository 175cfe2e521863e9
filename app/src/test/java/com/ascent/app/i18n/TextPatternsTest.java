package com.ascent.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How a pattern becomes a sentence, the same for the host's and the plugins' texts. */
class TextPatternsTest {

    private static final Locale POLISH = Locale.of("pl");
    private final AscentI18NProvider i18n = new AscentI18NProvider();

    @Test
    void aSingleApostropheStaysWithAndWithoutArguments() {
        assertThat(TextPatterns.format("Serves the program's objectives: {0}", Locale.ENGLISH, "Retention"))
                .isEqualTo("Serves the program's objectives: Retention");
        assertThat(TextPatterns.format("Ascent's plugins", Locale.ENGLISH)).isEqualTo("Ascent's plugins");
        assertThat(i18n.getTranslation("admin.bindings.choice.default", Locale.ENGLISH, "Objectives"))
                .isEqualTo("Objectives, Ascent's default");
    }

    @Test
    void countsTakeTheEnglishPluralForm() {
        assertThat(i18n.getTranslation("people.count", Locale.ENGLISH, 1)).isEqualTo("1 person");
        assertThat(i18n.getTranslation("people.count", Locale.ENGLISH, 2)).isEqualTo("2 people");
        assertThat(i18n.getTranslation("people.count", Locale.ENGLISH, 1200)).isEqualTo("1,200 people");
        assertThat(i18n.getTranslation("wizard.status.incomplete", Locale.ENGLISH, 1)).isEqualTo("1 thing missing");
    }

    @Test
    void polishCountsTakeOneFewOrMany() {
        String pattern = "{0, plural, one {# osoba} few {# osoby} many {# osób} other {# osoby}}";

        assertThat(TextPatterns.format(pattern, POLISH, 1)).isEqualTo("1 osoba");
        assertThat(TextPatterns.format(pattern, POLISH, 2)).isEqualTo("2 osoby");
        assertThat(TextPatterns.format(pattern, POLISH, 5)).isEqualTo("5 osób");
        assertThat(TextPatterns.format(pattern, POLISH, 22)).isEqualTo("22 osoby");
        assertThat(TextPatterns.format(pattern, POLISH, 1200)).isEqualTo("1\u00a0200 osób");
    }

    @Test
    void theHostSpeaksPolishReadFromUtf8Bundles() {
        assertThat(i18n.getTranslation("layout.logout", POLISH)).isEqualTo("Wyloguj się");
        assertThat(i18n.getTranslation("people.count", POLISH, 1)).isEqualTo("1 osoba");
        assertThat(i18n.getTranslation("people.count", POLISH, 3)).isEqualTo("3 osoby");
        assertThat(i18n.getTranslation("people.count", POLISH, 5)).isEqualTo("5 osób");
        assertThat(i18n.getTranslation("wizard.status.incomplete", POLISH, 2)).isEqualTo("brakuje 2 elementów");
        assertThat(i18n.getTranslation("people.count", Locale.forLanguageTag("pl-PL"), 12)).isEqualTo("12 osób");
    }

    @Test
    void aPolishBrowserGetsPolishScreens() {
        assertThat(i18n.getProvidedLocales()).contains(POLISH);
        assertThat(i18n.getProvidedLocales().getFirst()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void thePseudoLocaleMarksEveryTranslatedText() {
        assertThat(i18n.getTranslation("people.count", TextPatterns.PSEUDO, 2)).isEqualTo("⟦2 people⟧");
        assertThat(i18n.getProvidedLocales()).doesNotContain(TextPatterns.PSEUDO);
    }
}
