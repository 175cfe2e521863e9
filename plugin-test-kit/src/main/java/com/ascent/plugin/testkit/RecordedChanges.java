package com.ascent.plugin.testkit;

import com.ascent.plugin.api.StepChanges;

/**
 * The wizard shell's save indicator as a step under test sees it: it remembers what the step told
 * it, so that a test can check that the step reports saved and unsaved work.
 */
public final class RecordedChanges implements StepChanges {

    private int unsaved;
    private int saved;

    @Override
    public void unsaved() {
        unsaved++;
    }

    @Override
    public void saved() {
        saved++;
    }

    /** How often the step said it holds unsaved edits. */
    public int unsavedCount() {
        return unsaved;
    }

    /** How often the step said everything is stored. */
    public int savedCount() {
        return saved;
    }

    void reset() {
        unsaved = 0;
        saved = 0;
    }
}
