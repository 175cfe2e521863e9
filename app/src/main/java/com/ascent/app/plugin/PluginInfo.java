package com.ascent.app.plugin;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the operator and the administrator see of one plugin.
 *
 * @param id            the plugin's id
 * @param version       its version
 * @param provider      who ships it
 * @param description   what it does
 * @param requires      the plugin API range it requires
 * @param state         STARTED, FAILED, DISABLED, ...
 * @param failureReason why it is not running, when it failed
 * @param steps         ids of the wizard steps it offers
 */
public record PluginInfo(String id, String version, String provider, String description, String requires,
                         String state, @Nullable String failureReason, List<String> steps) {
}
