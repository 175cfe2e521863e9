package com.ascent.app.plugin;

import com.ascent.plugin.api.StepPlacement;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One step of an organization's wizard, in order. When no running plugin offers the bound step
 * (it failed, or was removed), {@code step} is empty and the wizard shows a clear message in its
 * place.
 *
 * @param stepId    the bound step's id
 * @param placement its slot and position
 * @param step      the running step, if any
 */
public record WizardEntry(String stepId, StepPlacement placement, @Nullable GuardedStep step) {

    public Optional<GuardedStep> running() {
        return Optional.ofNullable(step);
    }
}
