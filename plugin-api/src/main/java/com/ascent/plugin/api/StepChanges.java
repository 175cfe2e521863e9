package com.ascent.plugin.api;

/**
 * The save indicator of the wizard shell. Call {@link #unsaved()} when the user has edited
 * something that is not stored yet, and {@link #saved()} after it has been stored; the shell
 * then shows the state and refreshes the step's status in the stepper.
 */
public interface StepChanges {

    /** The step holds edits that are not stored yet. */
    void unsaved();

    /** Everything the user entered is stored; the step's status is recomputed. */
    void saved();
}
