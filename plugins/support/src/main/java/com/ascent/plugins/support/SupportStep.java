package com.ascent.plugins.support;

import com.ascent.plugin.api.AbstractWizardStep;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import com.ascent.plugin.api.StepStatus;
import com.vaadin.flow.component.Component;
import org.pf4j.Extension;

/** Ascent's default Ongoing support step. */
@Extension
public class SupportStep extends AbstractWizardStep {

    public SupportStep() {
        super("support", StepPlacement.fills(StepSlot.SUPPORT));
    }

    @Override
    public Component createView(StepContext context) {
        return new SupportView(context);
    }

    @Override
    public StepStatus status(StepContext context) {
        return StepStatus.of(SupportRules.missing(context));
    }
}
