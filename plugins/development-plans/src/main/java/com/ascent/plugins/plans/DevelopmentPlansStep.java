package com.ascent.plugins.plans;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.StepGuidance;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import com.ascent.plugin.api.StepStatus;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.WizardStep;
import com.vaadin.flow.component.Component;
import org.pf4j.Extension;

/** Ascent's default Development plans step: a personalized development plan for every HiPo. */
@Extension
public class DevelopmentPlansStep implements WizardStep {

    @Override
    public String id() {
        return "development-plans";
    }

    @Override
    public StepPlacement placement() {
        return StepPlacement.fills(StepSlot.DEVELOPMENT_PLANS);
    }

    @Override
    public String title(Translator messages) {
        return messages.get("step.title");
    }

    @Override
    public String description(Translator messages) {
        return messages.get("step.description");
    }

    @Override
    public StepGuidance guidance(Translator messages) {
        return new StepGuidance(messages.get("guidance.why"), messages.get("guidance.good"),
                messages.get("guidance.example"));
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
