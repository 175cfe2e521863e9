package com.ascent.app.plugin;

import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.WizardStep;

/**
 * A wizard step offered by a started plugin, looked up for one request.
 *
 * @param pluginId  the plugin that offers it
 * @param step      the plugin's extension; call it only through {@link GuardedStep}
 */
public record StepHandle(String pluginId, WizardStep step) {

    public String stepId() {
        return step.id();
    }

    public StepPlacement placement() {
        return step.placement();
    }
}
