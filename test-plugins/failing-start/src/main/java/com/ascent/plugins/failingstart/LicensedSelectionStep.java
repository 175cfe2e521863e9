package com.ascent.plugins.failingstart;

import com.ascent.plugin.api.AbstractWizardStep;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import com.ascent.plugin.api.StepStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import org.pf4j.Extension;

/** A Coaches &amp; mentors step the plugin would offer if it started. */
@Extension
public class LicensedSelectionStep extends AbstractWizardStep {

    /** The step's id in step bindings. */
    public static final String ID = "licensed-selection";

    public LicensedSelectionStep() {
        super(ID, StepPlacement.fills(StepSlot.SELECTION));
    }

    @Override
    public Component createView(StepContext context) {
        return new Paragraph(context.messages().get("step.description"));
    }

    @Override
    public StepStatus status(StepContext context) {
        return StepStatus.done();
    }
}
