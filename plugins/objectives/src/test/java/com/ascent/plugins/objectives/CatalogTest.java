package com.ascent.plugins.objectives;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.objectives.CapabilityDraft;
import com.ascent.plugin.api.objectives.IndicatorDraft;
import com.ascent.plugin.api.objectives.NewObjective;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Ascent's starter library and templates are complete in every word and sound in every number. */
class CatalogTest {

    /** The step's English messages, read the way the host reads them. */
    static final Translator ENGLISH = new Translator() {
        private final ResourceBundle bundle = ResourceBundle.getBundle(
                "com.ascent.plugins.objectives.messages", Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

        @Override
        public Locale locale() {
            return Locale.ENGLISH;
        }

        @Override
        public String get(String key, Object... arguments) {
            if (!bundle.containsKey(key)) {
                return "!" + key + "!";
            }
            return arguments.length == 0 ? bundle.getString(key)
                    : new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(arguments);
        }
    };

    static final Pattern SCALE = Pattern.compile("(\\d+)-(\\d+)");

    @Test
    void theStarterLibraryHasTheNineCapabilitiesEachDescribedWithBehaviours() {
        List<CapabilityDraft> library = Catalog.starterCapabilityIds().stream()
                .map(id -> Catalog.starterCapability(id, ENGLISH)).toList();

        assertThat(library).extracting(CapabilityDraft::name).containsExactly("Strategic thinking",
                "Emotional intelligence", "Decision-making", "Cross-functional leadership", "Stakeholder influence",
                "Change leadership", "Communication", "Business acumen", "Developing others");
        assertThat(library).allSatisfy(capability -> {
            assertThat(capability.description()).isNotBlank().doesNotContain("!capability.");
            assertThat(capability.behaviours()).hasSize(3).allSatisfy(b -> assertThat(b).isNotBlank().endsWith("."));
        });
    }

    @Test
    void everyTemplateIsWordedAndEachObjectiveHasIndicatorsWithTargetsOnTheirScale() {
        assertThat(Catalog.templates()).extracting(t -> t.name(ENGLISH)).containsExactly(
                "Future general managers: cross-functional leadership", "First-time people leaders",
                "Change leaders for a transformation");
        for (Catalog.Template template : Catalog.templates()) {
            assertThat(Catalog.starterCapabilityIds()).as("capabilities of " + template.id())
                    .containsAll(template.objectives().stream().map(Catalog.TemplateObjective::capability).toList());
            List<NewObjective> objectives = Catalog.objectives(template, ENGLISH, id -> UUID.randomUUID());
            assertThat(template.description(ENGLISH)).doesNotStartWith("!");
            assertThat(objectives).isNotEmpty().allSatisfy(objective -> {
                assertThat(objective.objective().title()).doesNotStartWith("!");
                assertThat(objective.objective().description()).doesNotStartWith("!");
                assertThat(objective.objective().capabilityId()).isNotNull();
                assertThat(objective.indicators()).isNotEmpty().allSatisfy(CatalogTest::soundIndicator);
            });
        }
    }

    private static void soundIndicator(IndicatorDraft indicator) {
        assertThat(List.of(indicator.name(), indicator.unit(), indicator.measuredWhen()))
                .allSatisfy(text -> assertThat(text).isNotBlank().doesNotStartWith("!"));
        assertThat(indicator.target()).isNotNull();
        Matcher scale = SCALE.matcher(indicator.unit());
        if (scale.find()) {
            assertThat(indicator.target()).as(indicator.name())
                    .isBetween(new BigDecimal(scale.group(1)), new BigDecimal(scale.group(2)));
        }
    }
}
