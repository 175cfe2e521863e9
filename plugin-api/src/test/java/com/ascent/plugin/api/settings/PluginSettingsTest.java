package com.ascent.plugin.api.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PluginSettingsTest {

    static final List<PluginSetting> DECLARED = List.of(
            PluginSetting.text("sponsor-title", "Executive sponsor"),
            PluginSetting.number("deadline-days", new BigDecimal("14")),
            PluginSetting.choice("reminder", "weekly", List.of("none", "weekly", "daily")),
            PluginSetting.list("sites", List.of("Warsaw", "Berlin")));

    @Test
    void anOrganizationThatSetNothingReadsTheDefaults() {
        PluginSettings settings = PluginSettings.defaults(DECLARED);

        assertThat(settings.text("sponsor-title")).isEqualTo("Executive sponsor");
        assertThat(settings.number("deadline-days")).isEqualByComparingTo("14");
        assertThat(settings.choice("reminder")).isEqualTo("weekly");
        assertThat(settings.list("sites")).containsExactly("Warsaw", "Berlin");
    }

    @Test
    void storedValuesWinAndAListKeepsItsOrder() {
        PluginSettings settings = PluginSettings.of(DECLARED, Map.of(
                "deadline-days", List.of("2.5"),
                "reminder", List.of("daily"),
                "sites", List.of("Kraków", "Gdańsk", "Łódź")));

        assertThat(settings.number("deadline-days")).isEqualByComparingTo("2.5");
        assertThat(settings.choice("reminder")).isEqualTo("daily");
        assertThat(settings.list("sites")).containsExactly("Kraków", "Gdańsk", "Łódź");
        assertThat(settings.text("sponsor-title")).isEqualTo("Executive sponsor");
    }

    @Test
    void aStoredValueThatNoLongerFitsReadsAsTheDefaultAndARemovedSettingIsIgnored() {
        PluginSettings settings = PluginSettings.of(DECLARED, Map.of(
                "deadline-days", List.of("fourteen"),
                "reminder", List.of("hourly"),
                "retired-setting", List.of("anything")));

        assertThat(settings.number("deadline-days")).isEqualByComparingTo("14");
        assertThat(settings.choice("reminder")).isEqualTo("weekly");
        assertThat(settings.declared()).extracting(PluginSetting::key)
                .containsExactly("sponsor-title", "deadline-days", "reminder", "sites");
        assertThatThrownBy(() -> settings.text("retired-setting")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("declares no setting retired-setting");
    }

    @Test
    void readingASettingAsAnotherTypeIsAMistakeOfTheStep() {
        assertThatThrownBy(() -> PluginSettings.defaults(DECLARED).text("deadline-days"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a NUMBER, not a TEXT");
    }

    @Test
    void valuesAreCheckedByType() {
        PluginSetting days = PluginSetting.number("deadline-days", BigDecimal.TEN);
        PluginSetting reminder = DECLARED.get(2);
        PluginSetting sites = DECLARED.get(3);

        assertThat(days.accepts(List.of("-3.75"))).isTrue();
        assertThat(days.accepts(List.of("1,500"))).as("stored numbers are plain, never formatted").isFalse();
        assertThat(days.accepts(List.of("1", "2"))).isFalse();
        assertThat(reminder.accepts(List.of("daily"))).isTrue();
        assertThat(reminder.accepts(List.of("Daily"))).isFalse();
        assertThat(sites.accepts(List.of())).isTrue();
        assertThat(sites.accepts(List.of("Warsaw", " "))).isFalse();
        assertThat(sites.accepts(List.of("Warsaw\nBerlin"))).isFalse();
        assertThat(DECLARED.getFirst().accepts(List.of("x".repeat(PluginSetting.MAX_VALUE_LENGTH + 1)))).isFalse();
    }

    @Test
    void aDeclarationWithABadDefaultOrKeyIsRefusedWhenThePluginIsBuilt() {
        assertThatThrownBy(() -> PluginSetting.choice("reminder", "hourly", List.of("daily")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PluginSetting.text("two words", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
