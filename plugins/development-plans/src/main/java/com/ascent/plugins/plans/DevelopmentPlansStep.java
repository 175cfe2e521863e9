package com.ascent.plugins.plans;

import com.ascent.plugin.api.AbstractWizardStep;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import com.ascent.plugin.api.StepStatus;
import com.vaadin.flow.component.Component;
import org.pf4j.Extension;

/** Ascent's default Development plans step: a personalized development plan for every HiPo. */
@Extension
public class DevelopmentPlansStep extends AbstractWizardStep {

    public DevelopmentPlansStep() {
        super("development-plans", StepPlacement.fills(StepSlot.DEVELOPMENT_PLANS));
    }

    @Override
    public Component createView(StepContext context) {
        return new PlansView(context);
    }

    @Override
    public StepStatus status(StepContext context) {
        return StepStatus.of(PlanRules.missing(context.plans().readiness(), context.messages()));
    }
}
