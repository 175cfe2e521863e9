package com.ascent.plugins.examples.sponsor;

import com.ascent.plugin.api.AbstractWizardStep;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import com.ascent.plugin.api.StepStatus;
import com.vaadin.flow.component.Component;
import org.pf4j.Extension;

/** The executive sponsor approves the program framework; the program cannot launch before. */
@Extension
public class SponsorSignOffStep extends AbstractWizardStep {

    /** The step's id in step bindings. */
    public static final String ID = "sponsor-sign-off";

    public SponsorSignOffStep() {
        super(ID, StepPlacement.after(StepSlot.FRAMEWORK));
    }

    @Override
    public Component createView(StepContext context) {
        return new SignOffView(context);
    }

    @Override
    public StepStatus status(StepContext context) {
        return StepStatus.of(SignOffRules.missing(context.calendar().framework(), SignOff.read(context.records()),
                context.messages()));
    }
}
