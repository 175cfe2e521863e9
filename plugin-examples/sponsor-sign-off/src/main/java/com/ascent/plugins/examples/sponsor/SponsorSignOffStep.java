package com.ascent.plugins.examples.sponsor;

import com.ascent.plugin.api.AbstractWizardStep;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import com.ascent.plugin.api.StepStatus;
import com.ascent.plugin.api.contribution.ContributedEvent;
import com.ascent.plugin.api.contribution.ReportSection;
import com.ascent.plugin.api.contribution.ReviewCheck;
import com.ascent.plugin.api.settings.PluginSetting;
import com.vaadin.flow.component.Component;
import java.util.List;
import org.pf4j.Extension;

/**
 * The executive sponsor approves the program framework; the program cannot launch before. The
 * sign-off is due a number of days before the program starts (a setting of each organization): the
 * deadline shows in the program calendar and its .ics file, the approval in the program report, and
 * Review &amp; launch warns when the approval came after the deadline.
 */
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

    @Override
    public List<PluginSetting> settings() {
        return SignOffContributions.SETTINGS;
    }

    @Override
    public List<ContributedEvent> calendarEvents(StepContext context) {
        return List.of(SignOffContributions.deadlineEvent(context));
    }

    @Override
    public List<ReportSection> reportSections(StepContext context) {
        return List.of(SignOffContributions.reportSection(context));
    }

    @Override
    public List<ReviewCheck> reviewChecks(StepContext context) {
        return SignOffContributions.checks(context);
    }
}
