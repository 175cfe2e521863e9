package com.ascent.plugins.objectives;

import com.ascent.plugin.api.AbstractWizardStep;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import com.ascent.plugin.api.StepStatus;
import com.vaadin.flow.component.Component;
import org.pf4j.Extension;

/** Ascent's default Objectives step. */
@Extension
public class ObjectivesStep extends AbstractWizardStep {

    public ObjectivesStep() {
        super("objectives", StepPlacement.fills(StepSlot.OBJECTIVES));
    }

    @Override
    public Component createView(StepContext context) {
        return new ObjectivesView(context);
    }

    @Override
    public StepStatus status(StepContext context) {
        return StepStatus.of(ObjectiveRules.missing(context.objectives().list(), context.messages()));
    }
}
