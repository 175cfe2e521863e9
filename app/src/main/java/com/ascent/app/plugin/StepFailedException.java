package com.ascent.app.plugin;

/** A call into a plugin failed; the wizard shows it as an error panel in that step. */
public class StepFailedException extends RuntimeException {

    private final String pluginId;

    StepFailedException(String pluginId, String stepId, Throwable cause) {
        super("Step " + stepId + " of plugin " + pluginId + " failed: " + cause, cause);
        this.pluginId = pluginId;
    }

    public String pluginId() {
        return pluginId;
    }
}
