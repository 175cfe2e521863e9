/**
 * Test support for step plugin authors: {@link com.ascent.plugin.testkit.StepPluginTest} runs a
 * plugin's step with a real {@link com.ascent.plugin.api.StepContext} of the host, on an embedded
 * PostgreSQL, without a browser and without the host's screens.
 */
@NullMarked
package com.ascent.plugin.testkit;

import org.jspecify.annotations.NullMarked;
