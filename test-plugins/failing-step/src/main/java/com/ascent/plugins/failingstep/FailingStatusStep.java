package com.ascent.plugins.failingstep;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.StepGuidance;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import com.ascent.plugin.api.StepStatus;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.WizardStep;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import org.pf4j.Extension;

/**
 * A replacement for the measurement step whose view works but whose status cannot be computed:
 * the stepper and the review page must report it as failed and refuse to launch.
 */
@Extension
public class FailingStatusStep implements WizardStep {

    /** The step's id in step bindings. */
    public static final String ID = "failing-status";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public StepPlacement placement() {
        return StepPlacement.fills(StepSlot.MEASUREMENT);
    }

    @Override
    public String title(Translator messages) {
        return messages.get("failingStatus.title");
    }

    @Override
    public String description(Translator messages) {
        return messages.get("failingStatus.description");
    }

    @Override
    public StepGuidance guidance(Translator messages) {
        return new StepGuidance(messages.get("guidance.why"), messages.get("guidance.good"),
                messages.get("guidance.example"));
    }

    @Override
    public Component createView(StepContext context) {
        return new Paragraph(context.messages().get("failingStatus.view"));
    }

    @Override
    public StepStatus status(StepContext context) {
        throw new IllegalStateException("failing-status fails on purpose while reporting its status");
    }
}
