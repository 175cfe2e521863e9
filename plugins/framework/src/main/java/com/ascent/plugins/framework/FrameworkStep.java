package com.ascent.plugins.framework;

import com.ascent.plugin.api.AbstractWizardStep;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import com.ascent.plugin.api.StepStatus;
import com.vaadin.flow.component.Component;
import org.pf4j.Extension;

/** Ascent's default Program framework step. */
@Extension
public class FrameworkStep extends AbstractWizardStep {

    public FrameworkStep() {
        super("framework", StepPlacement.fills(StepSlot.FRAMEWORK));
    }

    @Override
    public Component createView(StepContext context) {
        return new FrameworkView(context);
    }

    @Override
    public StepStatus status(StepContext context) {
        return StepStatus.of(FrameworkProgress.missing(context));
    }
}
