package com.ascent.app.wizard;

import com.ascent.app.plugin.WizardEntry;

/**
 * One step of a program's wizard with its title and status, as the stepper and the review page
 * show it.
 *
 * @param entry    the step and its place in the wizard
 * @param title    its title in the user's language (its id when the plugin cannot say)
 * @param required whether launching waits for it
 * @param outcome  complete, incomplete with what is missing, failed or unavailable
 */
public record StepReport(WizardEntry entry, String title, boolean required, StepOutcome outcome) {

    public String stepId() {
        return entry.stepId();
    }

    /** Whether this step keeps the program from being launched. */
    public boolean blocksLaunch() {
        return required && !outcome.complete();
    }
}
