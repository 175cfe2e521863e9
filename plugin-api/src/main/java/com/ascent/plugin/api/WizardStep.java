package com.ascent.plugin.api;

import com.ascent.plugin.api.contribution.ContributedEvent;
import com.ascent.plugin.api.contribution.ReportSection;
import com.ascent.plugin.api.contribution.ReviewCheck;
import com.ascent.plugin.api.settings.PluginSetting;
import com.vaadin.flow.component.Component;
import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * One step of the program design wizard, contributed by a plugin.
 *
 * <p>Implement this interface in a class annotated with {@code @org.pf4j.Extension}. The host
 * looks the step up on every request (so a restart with a new plugin jar is all it takes to
 * update it) and calls it with the plugin's class loader as the thread's context class loader.
 * Every call is guarded: an exception thrown here is shown as an error panel in the step, never
 * as a broken application.
 *
 * <p>Rules for the view: no {@code @Route}, no {@code @JsModule}, {@code @NpmPackage} or
 * {@code @CssImport}; use only components of {@code vaadin-core}. Save the user's work through the
 * services of the {@link StepContext} and tell the shell about it via {@link StepContext#changes()}.
 */
public interface WizardStep extends ExtensionPoint {

    /**
     * A stable, unique identifier of this step, e.g. {@code objectives}. It is stored in the
     * organization's step bindings, so never change it once shipped.
     */
    String id();

    /** Which slot this step fills, or which slot it is placed next to. */
    StepPlacement placement();

    /**
     * Whether the program can be launched only when this step is complete. Steps filling a slot
     * are required by default; extra steps may choose.
     */
    default boolean required() {
        return true;
    }

    /** The step's title in the stepper, e.g. "Objectives". */
    String title(Translator messages);

    /** One sentence that says what the user does in this step. */
    String description(Translator messages);

    /** The guidance panel shown beside the step. */
    StepGuidance guidance(Translator messages);

    /** Builds the step's view for one program. Called each time the user opens the step. */
    Component createView(StepContext context);

    /** Whether the step is complete for the context's program, and what is missing if not. */
    StepStatus status(StepContext context);

    /**
     * The settings each organization's administrator may set for this step, with their defaults;
     * the step reads the values from {@link StepContext#pluginSettings()}. None by default.
     *
     * @since 1.5.0
     */
    default List<PluginSetting> settings() {
        return List.of();
    }

    /**
     * Dated events this step adds to the program calendar: shown in the month view, written into
     * the program's .ics file and its live feeds. Called whenever one of them is shown, also for a
     * feed read with nobody signed in ({@link StepContext#canEdit()} false): read, never write.
     * None by default.
     *
     * @since 1.5.0
     */
    default List<ContributedEvent> calendarEvents(StepContext context) {
        return List.of();
    }

    /**
     * Sections this step adds to the program report, in the PDF and in the XLSX workbook, after the
     * host's own. None by default.
     *
     * @since 1.5.0
     */
    default List<ReportSection> reportSections(StepContext context) {
        return List.of();
    }

    /**
     * Findings this step adds to Review &amp; launch beyond its {@link #status}: a problem keeps the
     * program from launching, a warning is only shown. None by default.
     *
     * @since 1.5.0
     */
    default List<ReviewCheck> reviewChecks(StepContext context) {
        return List.of();
    }

    /**
     * What happens to this step's records attached to a roster member, person or pair
     * ({@link StepRecords#put(String, long, String, StepAttachment)}) when that goes: removed with it
     * by default, or kept flagged.
     *
     * @since 1.5.0
     */
    default WhenAttachedRemoved whenAttachedRemoved() {
        return WhenAttachedRemoved.REMOVE;
    }

    /**
     * Told after a change to one of the organization's programs was committed: the roster changed,
     * pairs were confirmed, the framework's dates changed, the program was launched or a plan was
     * signed off. The context is the program's, read-only ({@link StepContext#canEdit()} false); what
     * the step throws is logged and changes nothing for the host or the other steps. Nothing by default.
     *
     * @since 1.5.0
     */
    default void onProgramEvent(ProgramEvent event, StepContext context) {
    }
}
