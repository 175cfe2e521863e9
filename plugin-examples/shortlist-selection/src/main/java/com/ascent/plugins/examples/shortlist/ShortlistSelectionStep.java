package com.ascent.plugins.examples.shortlist;

import com.ascent.plugin.api.AbstractWizardStep;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import com.ascent.plugin.api.StepStatus;
import com.ascent.plugin.api.roster.RosterService;
import com.vaadin.flow.component.Component;
import org.pf4j.Extension;

/** Coaches &amp; mentors, the client's way: mentees choose from a short list, HR confirms. */
@Extension
public class ShortlistSelectionStep extends AbstractWizardStep {

    /** The step's id in step bindings. */
    public static final String ID = "shortlist-selection";

    public ShortlistSelectionStep() {
        super(ID, StepPlacement.fills(StepSlot.SELECTION));
    }

    @Override
    public Component createView(StepContext context) {
        return new ShortlistView(context);
    }

    @Override
    public StepStatus status(StepContext context) {
        RosterService roster = context.roster();
        return StepStatus.of(ShortlistRules.missing(roster.members(), roster.pairs(), roster.waivers(),
                context.messages()));
    }
}
