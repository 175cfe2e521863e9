package com.ascent.plugin.api.settings;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The values of a step's settings for the context's organization: what its administrator set, else
 * the declared default. A stored value that no longer fits its setting (the plugin changed the
 * setting's type or dropped a choice) reads as the default; a stored value of a setting the step no
 * longer declares is ignored.
 *
 * @since 1.5.0
 */
public final class PluginSettings {

    private final Map<String, PluginSetting> declared = new LinkedHashMap<>();
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    private PluginSettings(List<PluginSetting> declarations, Map<String, List<String>> stored) {
        for (PluginSetting setting : declarations) {
            declared.put(setting.key(), setting);
            List<String> value = stored.get(setting.key());
            values.put(setting.key(), value != null && setting.accepts(value) ? List.copyOf(value)
                    : setting.defaultValue());
        }
    }

    /** The values of {@code declarations}: those {@code stored} that fit, else the defaults. */
    public static PluginSettings of(List<PluginSetting> declarations, Map<String, List<String>> stored) {
        return new PluginSettings(declarations, stored);
    }

    /** Every declared setting at its default, as for an organization that never set one. */
    public static PluginSettings defaults(List<PluginSetting> declarations) {
        return new PluginSettings(declarations, Map.of());
    }

    /** The settings declared, in the step's order. */
    public List<PluginSetting> declared() {
        return List.copyOf(declared.values());
    }

    /** The value of the text setting {@code key}. */
    public String text(String key) {
        return values(key, SettingType.TEXT).getFirst();
    }

    /** The value of the number setting {@code key}. */
    public BigDecimal number(String key) {
        return Objects.requireNonNull(PluginSetting.number(values(key, SettingType.NUMBER).getFirst()));
    }

    /** The value chosen for the choice setting {@code key}: one of its choices. */
    public String choice(String key) {
        return values(key, SettingType.CHOICE).getFirst();
    }

    /** The values of the list setting {@code key}, in their order. */
    public List<String> list(String key) {
        return values(key, SettingType.LIST);
    }

    /** The values of any setting as stored: one for text, number and choice. */
    public List<String> values(String key) {
        return values(key, setting(key).type());
    }

    private List<String> values(String key, SettingType type) {
        PluginSetting setting = setting(key);
        if (setting.type() != type) {
            throw new IllegalArgumentException("The setting " + key + " is a " + setting.type() + ", not a " + type);
        }
        return values.get(key);
    }

    private PluginSetting setting(String key) {
        PluginSetting setting = declared.get(key);
        if (setting == null) {
            throw new IllegalArgumentException("The step declares no setting " + key + "; it declares "
                    + declared.keySet());
        }
        return setting;
    }

    @Override
    public String toString() {
        return "PluginSettings" + values;
    }
}
