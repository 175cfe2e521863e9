package com.ascent.plugin.api.settings;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One setting a step declares, with its default: what an organization that never set it gets.
 *
 * <p>Its texts come from the step's {@code messages.properties}: the label under
 * {@code setting.KEY}, an optional help text under {@code setting.KEY.help} and, for a choice, the
 * label of each value under {@code setting.KEY.VALUE}. Values are stored as text: a number in its
 * plain form ({@code 14}, {@code 2.5}), a list one entry per value.
 *
 * @param key          the setting's stable key, e.g. {@code deadline-days}: stored with the
 *                     organization's value, so never change it once shipped (a removed key's stored
 *                     value is ignored)
 * @param type         text, number, choice or list
 * @param defaultValue the default: one value for text, number and choice, any number for a list
 * @param choices      the values a choice may take, in the order offered; empty for other types
 * @since 1.5.0
 */
public record PluginSetting(String key, SettingType type, List<String> defaultValue, List<String> choices) {

    /** The longest key accepted. */
    public static final int MAX_KEY_LENGTH = 100;

    /** The longest single value accepted (a text, or one entry of a list). */
    public static final int MAX_VALUE_LENGTH = 1_000;

    public PluginSetting {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("A setting's key is 1 to " + MAX_KEY_LENGTH
                    + " letters, digits, '.', '_' or '-': " + key);
        }
        Objects.requireNonNull(type, "type");
        defaultValue = List.copyOf(defaultValue);
        choices = List.copyOf(choices);
        if (type == SettingType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("The choice " + key + " offers no values");
        }
        if (!accepts(type, choices, defaultValue)) {
            throw new IllegalArgumentException("The default of " + key + " is no " + type + ": " + defaultValue);
        }
    }

    /** A line of text, {@code defaultValue} unless the organization sets another. */
    public static PluginSetting text(String key, String defaultValue) {
        return new PluginSetting(key, SettingType.TEXT, List.of(defaultValue), List.of());
    }

    /** A number. */
    public static PluginSetting number(String key, BigDecimal defaultValue) {
        return new PluginSetting(key, SettingType.NUMBER, List.of(defaultValue.toPlainString()), List.of());
    }

    /** One of {@code choices}. */
    public static PluginSetting choice(String key, String defaultValue, List<String> choices) {
        return new PluginSetting(key, SettingType.CHOICE, List.of(defaultValue), choices);
    }

    /** A list of values, e.g. sites. */
    public static PluginSetting list(String key, List<String> defaultValues) {
        return new PluginSetting(key, SettingType.LIST, defaultValues, List.of());
    }

    /**
     * Whether {@code values}, as stored, fit this setting: one value of its type (a number in plain
     * form, a choice it offers), or for a list any number of non-blank values; none longer than
     * {@value #MAX_VALUE_LENGTH} characters or spanning lines.
     */
    public boolean accepts(List<String> values) {
        return accepts(type, choices, values);
    }

    private static boolean accepts(SettingType type, List<String> choices, List<String> values) {
        if (values.stream().anyMatch(v -> v.length() > MAX_VALUE_LENGTH || v.contains("\n") || v.contains("\r"))) {
            return false;
        }
        return switch (type) {
            case TEXT -> values.size() == 1;
            case NUMBER -> values.size() == 1 && number(values.getFirst()) != null;
            case CHOICE -> values.size() == 1 && choices.contains(values.getFirst());
            case LIST -> values.stream().noneMatch(String::isBlank);
        };
    }

    /** The plain form of a number, or null when {@code value} is not one. */
    static @Nullable BigDecimal number(String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
