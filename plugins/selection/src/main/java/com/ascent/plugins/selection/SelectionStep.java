package com.ascent.plugins.selection;

import com.ascent.plugin.api.AbstractWizardStep;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import com.ascent.plugin.api.StepStatus;
import com.vaadin.flow.component.Component;
import org.pf4j.Extension;

/** Ascent's default Coaches & mentors step. */
@Extension
public class SelectionStep extends AbstractWizardStep {

    public SelectionStep() {
        super("selection", StepPlacement.fills(StepSlot.SELECTION));
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
