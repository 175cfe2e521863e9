/**
 * Settings a plugin's step declares ({@link com.ascent.plugin.api.WizardStep#settings()}) and each
 * organization's administrator sets on the plugins page, so that one plugin serves clients who
 * differ, e.g. in their sites or deadlines, without code of their own. The step reads the values
 * from {@link com.ascent.plugin.api.StepContext#pluginSettings()}.
 *
 * @since 1.5.0
 */
@NullMarked
package com.ascent.plugin.api.settings;

import org.jspecify.annotations.NullMarked;
