package com.ascent.plugins.selection;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.StepGuidance;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import com.ascent.plugin.api.StepStatus;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.WizardStep;
import com.vaadin.flow.component.Component;
import org.pf4j.Extension;

/** Ascent's default Coaches & mentors step. */
@Extension
public class SelectionStep implements WizardStep {

    @Override
    public String id() {
        return "selection";
    }

    @Override
    public StepPlacement placement() {
        return StepPlacement.fills(StepSlot.SELECTION);
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
        return new SelectionView(context);
    }

    @Override
    public StepStatus status(StepContext context) {
        return StepStatus.of(SelectionStatus.missing(context.roster().members(), context.roster().confirmedPairs(),
                context.roster().waivers(), context.messages()));
    }
}
