/**
 * The Ascent plugin API: everything a step plugin may use from the host.
 *
 * <p>A step plugin is a PF4J plugin whose {@link com.ascent.plugin.api.WizardStep} extension
 * fills one of the six wizard slots ({@link com.ascent.plugin.api.StepSlot}) or adds an extra
 * step before or after one. The host calls the step with a {@link com.ascent.plugin.api.StepContext}
 * that gives it the organization, the program, the user, translations and typed services over
 * the canonical program model. Data crosses this boundary as Java records only.
 *
 * <p>Versioning: this API follows semantic versioning. A plugin declares the range it needs in
 * its manifest ({@code Plugin-Requires: >=1.2.0 & <2.0.0}); the host refuses a plugin whose range
 * does not contain {@link com.ascent.plugin.api.PluginApi#VERSION} and reports why.
 */
@NullMarked
package com.ascent.plugin.api;

import org.jspecify.annotations.NullMarked;
