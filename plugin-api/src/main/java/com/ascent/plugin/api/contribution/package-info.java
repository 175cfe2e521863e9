/**
 * What a step contributes to the rest of Ascent besides its own view: dated events for the program
 * calendar (its month view, its .ics file and its live feeds), sections for the program report (PDF
 * and XLSX) and checks for Review &amp; launch. A step returns them from the default methods of
 * {@link com.ascent.plugin.api.WizardStep}; the host asks every running step of the organization's
 * wizard, each with its own {@link com.ascent.plugin.api.StepContext}. A contribution that throws
 * costs only itself: the host logs it and shows that step's part as "not available".
 *
 * @since 1.5.0
 */
@NullMarked
package com.ascent.plugin.api.contribution;

import org.jspecify.annotations.NullMarked;
