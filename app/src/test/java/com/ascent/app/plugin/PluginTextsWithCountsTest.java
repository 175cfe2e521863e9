package com.ascent.app.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.support.IntegrationTest;
import com.ascent.plugin.api.Translator;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The default plugins' texts that show a count read right for every number, in English and in
 * Polish (1 osoba, 2 osoby, 5 osób), through the translator the host gives the real plugins.
 */
@IntegrationTest
class PluginTextsWithCountsTest {

    private static final Locale POLISH = Locale.forLanguageTag("pl-PL");

    @Autowired
    PluginRuntime runtime;

    @Test
    void mentorsLeftWithoutPlaceAreCountedAndDeclined() {
        Translator en = messages("selection", Locale.ENGLISH);
        Translator pl = messages("selection", POLISH);

        assertThat(en.get("pairs.unmatched.ALL_TAKEN", "Ana Silva", 1, "MENTORING")).isEqualTo("Ana Silva: the only "
                + "eligible mentor has no place left; those places serve other HiPos in the best overall pairing.");
        assertThat(en.get("pairs.unmatched.ALL_TAKEN", "Ana Silva", 3, "COACHING")).startsWith("Ana Silva: all 3 "
                + "eligible coaches have no place left;");
        assertThat(pl.get("pairs.unmatched.ALL_TAKEN", "Ana Silva", 1, "MENTORING")).isEqualTo("Ana Silva: jedyny "
                + "odpowiedni mentor nie ma już wolnego miejsca; jego miejsca przypadły innym HiPo w najlepszym doborze "
                + "dla całej grupy.");
        assertThat(pl.get("pairs.unmatched.ALL_TAKEN", "Ana Silva", 3, "MENTORING")).startsWith("Ana Silva: żaden z 3 "
                + "odpowiednich mentorów nie ma już wolnego miejsca;");
        assertThat(pl.get("pairs.summary", 1, 2, "COACHING", 0, 1))
                .isEqualTo("1 z 2 HiPo ma coacha (pary zatwierdzone: 0, proponowane: 1).");
        assertThat(en.get("pairs.summary", 1, 1, "COACHING", 0, 1)).isEqualTo("1 of 1 HiPo has a coach: 0 confirmed, 1 proposed.");
    }

    @Test
    void peopleAndPairsTakeEveryPolishPluralForm() {
        Translator pl = messages("measurement", POLISH);
        assertThat(pl.get("dashboard.comparison", "+0,2", 1, "+0,4")).contains("(1 osoba)");
        assertThat(pl.get("dashboard.comparison", "+0,2", 2, "+0,4")).contains("(2 osoby)");
        assertThat(pl.get("dashboard.comparison", "+0,2", 5, "+0,4")).contains("(5 osób)");
        assertThat(pl.get("dashboard.comparison", "+0,2", 22, "+0,4")).contains("(22 osoby)");
        assertThat(messages("measurement", Locale.ENGLISH).get("dashboard.comparison", "+0.2", 1, "+0.4"))
                .isEqualTo("Comparison group: +0.2 (1 person); change due to the program: +0.4");

        Translator selection = messages("selection", POLISH);
        assertThat(selection.get("pairs.confirmed", 1)).isEqualTo("Zatwierdzono 1 parę.");
        assertThat(selection.get("pairs.confirmed", 3)).isEqualTo("Zatwierdzono 3 pary.");
        assertThat(selection.get("pairs.confirmed", 12)).isEqualTo("Zatwierdzono 12 par.");
        assertThat(messages("framework", POLISH).get("structure.duration", 12L)).isEqualTo("Program trwa 12 miesięcy.");
    }

    /** Why a pair scores on capabilities: "covers the one need", never "covers 1 of 1 needs". */
    @Test
    void whatAMentorCoversOfTheHiposNeedsIsCountedInBothLanguages() {
        Translator en = messages("selection", Locale.ENGLISH);
        Translator pl = messages("selection", POLISH);

        assertThat(en.get("why.capabilities.covers", 1, 1, "Financial acumen")).isEqualTo("covers the one need: Financial acumen");
        assertThat(en.get("why.capabilities.covers", 1, 2, "Financial acumen")).isEqualTo("covers 1 of 2 needs: Financial acumen");
        assertThat(pl.get("why.capabilities.covers", 1, 1, "Finanse")).isEqualTo("odpowiada na jedyną potrzebę: Finanse");
        assertThat(pl.get("why.capabilities.covers", 1, 2, "Finanse")).isEqualTo("odpowiada na 1 z 2 potrzeb: Finanse");
        assertThat(pl.get("why.capabilities.covers", 3, 5, "Finanse")).isEqualTo("odpowiada na 3 z 5 potrzeb: Finanse");
        assertThat(pl.get("why.capabilities.coversNone", 1)).isEqualTo("nie odpowiada na jedyną potrzebę");
        assertThat(pl.get("why.capabilities.coversNone", 2)).isEqualTo("nie odpowiada na żadną z 2 potrzeb");
    }

    @Test
    void anApostropheBeforeAnArgumentNoLongerSwallowsIt() {
        assertThat(messages("support", Locale.ENGLISH).get("suggestion.forObjectives", "Strategic thinking"))
                .isEqualTo("Serves the program's objectives: Strategic thinking");
        assertThat(messages("support", POLISH).get("suggestion.forObjectives", "Myślenie strategiczne"))
                .isEqualTo("Służy celom programu: Myślenie strategiczne");
    }

    private Translator messages(String stepId, Locale locale) {
        return new PluginTranslator(runtime.step(stepId).orElseThrow().step().getClass(), locale);
    }
}
