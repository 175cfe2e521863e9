package com.ascent.app.plugin;

import com.ascent.plugin.api.ProgramEvent;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.StepGuidance;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepStatus;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.WhenAttachedRemoved;
import com.ascent.plugin.api.WizardStep;
import com.ascent.plugin.api.contribution.ContributedEvent;
import com.ascent.plugin.api.contribution.ReportSection;
import com.ascent.plugin.api.contribution.ReviewCheck;
import com.ascent.plugin.api.settings.PluginSetting;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only way the host calls a step: each call runs with the plugin's class loader as the
 * thread's context class loader, and whatever the plugin throws becomes a
 * {@link StepFailedException} naming the plugin, logged once.
 */
public final class GuardedStep {

    private static final Logger log = LoggerFactory.getLogger(GuardedStep.class);

    private final StepHandle handle;
    private final ClassLoader classLoader;

    GuardedStep(StepHandle handle, ClassLoader classLoader) {
        this.handle = handle;
        this.classLoader = classLoader;
    }

    public String pluginId() {
        return handle.pluginId();
    }

    public String stepId() {
        return handle.stepId();
    }

    public StepPlacement placement() {
        return call(handle.step()::placement);
    }

    public boolean required() {
        return call(handle.step()::required);
    }

    /** The plugin's translations in {@code locale}. */
    public Translator messages(Locale locale) {
        return call(() -> new PluginTranslator(handle.step().getClass(), locale));
    }

    public String title(Locale locale) {
        return call(() -> handle.step().title(messages(locale)));
    }

    public String description(Locale locale) {
        return call(() -> handle.step().description(messages(locale)));
    }

    public StepGuidance guidance(Locale locale) {
        return call(() -> handle.step().guidance(messages(locale)));
    }

    public Component createView(StepContext context) {
        return call(() -> handle.step().createView(context));
    }

    public StepStatus status(StepContext context) {
        return call(() -> handle.step().status(context));
    }

    /** What becomes of the step's records attached to something that goes. */
    public WhenAttachedRemoved whenAttachedRemoved() {
        return call(() -> Objects.requireNonNull(handle.step().whenAttachedRemoved(), "whenAttachedRemoved"));
    }

    /** Tells the step what happened to a program after the change was committed. */
    public void onProgramEvent(ProgramEvent event, StepContext context) {
        call(() -> {
            handle.step().onProgramEvent(event, context);
            return null;
        });
    }

    /** The settings the step declares. */
    public List<PluginSetting> settings() {
        return call(() -> List.copyOf(handle.step().settings()));
    }

    public List<ContributedEvent> calendarEvents(StepContext context) {
        return call(() -> List.copyOf(handle.step().calendarEvents(context)));
    }

    public List<ReportSection> reportSections(StepContext context) {
        return call(() -> List.copyOf(handle.step().reportSections(context)));
    }

    public List<ReviewCheck> reviewChecks(StepContext context) {
        return call(() -> List.copyOf(handle.step().reviewChecks(context)));
    }

    /** Runs {@code work} inside the plugin's class loader, turning any failure into a {@link StepFailedException}. */
    public <T> T call(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classLoader);
        try {
            return work.get();
        } catch (StepFailedException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            log.error("Plugin {} failed in step {}", handle.pluginId(), handle.stepId(), e);
            throw new StepFailedException(handle.pluginId(), handle.stepId(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The raw extension, for identity checks only. */
    WizardStep extension() {
        return handle.step();
    }
}
