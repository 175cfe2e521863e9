package com.ascent.app.wizard;

import java.util.List;

/** What the shell knows about one step of one program. */
public sealed interface StepOutcome {

    /** The step's work is done. */
    record Complete() implements StepOutcome {
    }

    /** The step reports what is missing. */
    record Incomplete(List<String> missing) implements StepOutcome {
    }

    /** The plugin threw; {@code pluginId} names it for the administrator. */
    record Failed(String pluginId) implements StepOutcome {
    }

    /** No running plugin offers the step bound to this place of the wizard. */
    record Unavailable() implements StepOutcome {
    }

    default boolean complete() {
        return this instanceof Complete;
    }
}
