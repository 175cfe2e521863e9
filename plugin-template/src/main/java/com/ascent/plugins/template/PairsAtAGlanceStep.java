package com.ascent.plugins.template;

import com.ascent.plugin.api.AbstractWizardStep;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import com.ascent.plugin.api.StepStatus;
import com.vaadin.flow.component.Component;
import org.pf4j.Extension;

/**
 * An extra step after Coaches &amp; mentors: every HiPo with their confirmed mentor and coach.
 * Title, description and guidance come from {@code messages.properties} (see
 * {@link AbstractWizardStep}); this class holds the step's id, its place, its view and its rule.
 */
@Extension
public class PairsAtAGlanceStep extends AbstractWizardStep {

    /** The step's id, stored in organizations' step bindings: never change it once shipped. */
    public static final String ID = "pairs-at-a-glance";

    public PairsAtAGlanceStep() {
        super(ID, StepPlacement.after(StepSlot.SELECTION));
    }

    /** An overview: it tells HR what is missing but does not hold up the launch. */
    @Override
    public boolean required() {
        return false;
    }

    @Override
    public Component createView(StepContext context) {
        return new PairsAtAGlanceView(context);
    }

    @Override
    public StepStatus status(StepContext context) {
        var roster = context.roster();
        return StepStatus.of(PairsAtAGlanceRules.missing(roster.members(), roster.confirmedPairs(), roster.waivers(),
                context.messages()));
    }
}
