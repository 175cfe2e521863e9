package com.ascent.app.plugin;

import com.ascent.app.database.OrganizationScope;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.settings.PluginSetting;
import com.ascent.plugin.api.settings.PluginSettings;
import jakarta.annotation.security.RolesAllowed;
import com.ascent.plugin.api.Translator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The settings steps declare ({@code WizardStep.settings()}), with the values the active
 * organization's administrator set for them. Values are stored in their canonical form (a number
 * plain, a list one entry per value) and checked against the step's declaration when saved; a value
 * equal to the default is not stored, so that a changed default reaches the organizations that never
 * chose otherwise.
 */
@Service
public class PluginSettingsService {

    private final PluginSettingsRepository settings;
    private final OrganizationScope organization;
    private final StepBindingService bindings;

    PluginSettingsService(PluginSettingsRepository settings, OrganizationScope organization,
                          StepBindingService bindings) {
        this.settings = settings;
        this.organization = organization;
        this.bindings = bindings;
    }

    /**
     * One step's settings as the administrator edits them.
     *
     * @param step     the step
     * @param title    its title in the administrator's language
     * @param messages its texts (labels under {@code setting.KEY})
     * @param values   the organization's values, else the defaults; {@code null} when the plugin failed
     *                 while declaring them
     */
    public record StepSettings(GuardedStep step, String title, Translator messages, @Nullable PluginSettings values) {
    }

    /** Every running step that declares settings (or failed to say), with the organization's values. */
    @Transactional(readOnly = true)
    @RolesAllowed("ADMIN")
    public List<StepSettings> editable(Locale locale) {
        List<StepSettings> editable = new ArrayList<>();
        for (GuardedStep step : bindings.availableSteps()) {
            try {
                PluginSettings values = of(step);
                if (!values.declared().isEmpty()) {
                    editable.add(new StepSettings(step, step.title(locale), step.messages(locale), values));
                }
            } catch (StepFailedException e) {
                editable.add(new StepSettings(step, step.stepId(), step.messages(locale), null));
            }
        }
        return editable;
    }

    /** The step's settings for the active organization: its values, else the defaults. */
    @Transactional(readOnly = true)
    public PluginSettings of(GuardedStep step) {
        List<PluginSetting> declared = step.settings();
        if (declared.isEmpty()) {
            return PluginSettings.defaults(declared);
        }
        return PluginSettings.of(declared, settings.find(organization.require(), step.stepId()));
    }

    /**
     * Stores the organization's values of the step's settings; a setting not in {@code values} keeps
     * its value. Refuses the whole change, naming the setting ({@code field}), when a value does not
     * fit its declaration.
     */
    @Transactional
    @RolesAllowed("ADMIN")
    public PluginSettings save(GuardedStep step, Map<String, List<String>> values) {
        List<PluginSetting> declared = step.settings();
        for (PluginSetting setting : declared) {
            List<String> value = values.get(setting.key());
            if (value != null && !setting.accepts(value)) {
                throw new InvalidInputException(setting.key(), "settings.invalid." + setting.type().name().toLowerCase());
            }
        }
        var org = organization.require();
        for (PluginSetting setting : declared) {
            List<String> value = values.get(setting.key());
            if (value == null) {
                continue;
            }
            if (value.equals(setting.defaultValue())) {
                settings.remove(org, step.stepId(), setting.key());
            } else {
                settings.put(org, step.stepId(), setting.key(), value);
            }
        }
        return of(step);
    }
}
