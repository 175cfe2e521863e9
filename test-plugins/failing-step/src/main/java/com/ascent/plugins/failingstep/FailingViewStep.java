package com.ascent.plugins.failingstep;

import com.ascent.plugin.api.ProgramEvent;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.StepGuidance;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import com.ascent.plugin.api.StepStatus;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.WhenAttachedRemoved;
import com.ascent.plugin.api.WizardStep;
import com.ascent.plugin.api.contribution.ContributedEvent;
import com.ascent.plugin.api.contribution.ReportSection;
import com.vaadin.flow.component.Component;
import java.util.List;
import org.pf4j.Extension;

/**
 * An extra step after the program framework whose view cannot be built. Being an extra step, an
 * organization switches it on without giving up any of its six real steps, so a test sees the
 * failing step and its working neighbours in one wizard. Its contributions to the program calendar
 * and report fail too: the calendar files and the report must keep everyone else's. Told of an event
 * of a program, it notes the event in the system property {@value #EVENTS_PROPERTY} (the one place
 * a test shares with a plugin's class loader) and then fails: the host's change must stand. Its
 * records attached to something that goes are kept flagged.
 */
@Extension
public class FailingViewStep implements WizardStep {

    /** The step's id in step bindings. */
    public static final String ID = "failing-view";

    /** The system property the program events this step was told of are noted in, one a line. */
    public static final String EVENTS_PROPERTY = "ascent.test.failing-view.events";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public StepPlacement placement() {
        return StepPlacement.after(StepSlot.FRAMEWORK);
    }

    @Override
    public String title(Translator messages) {
        return messages.get("failingView.title");
    }

    @Override
    public String description(Translator messages) {
        return messages.get("failingView.description");
    }

    @Override
    public StepGuidance guidance(Translator messages) {
        return new StepGuidance(messages.get("guidance.why"), messages.get("guidance.good"),
                messages.get("guidance.example"));
    }

    @Override
    public Component createView(StepContext context) {
        throw new IllegalStateException("failing-view fails on purpose while building its view");
    }

    @Override
    public StepStatus status(StepContext context) {
        return StepStatus.done();
    }

    @Override
    public List<ContributedEvent> calendarEvents(StepContext context) {
        throw new IllegalStateException("failing-view fails on purpose while giving its calendar events");
    }

    @Override
    public List<ReportSection> reportSections(StepContext context) {
        throw new IllegalStateException("failing-view fails on purpose while giving its report sections");
    }

    @Override
    public WhenAttachedRemoved whenAttachedRemoved() {
        return WhenAttachedRemoved.FLAG;
    }

    @Override
    public void onProgramEvent(ProgramEvent event, StepContext context) {
        synchronized (FailingViewStep.class) {
            System.setProperty(EVENTS_PROPERTY, System.getProperty(EVENTS_PROPERTY, "")
                    + event.kind() + " " + event.programId() + " " + context.canEdit() + "\n");
        }
        throw new IllegalStateException("failing-view fails on purpose after noting " + event.kind());
    }
}
