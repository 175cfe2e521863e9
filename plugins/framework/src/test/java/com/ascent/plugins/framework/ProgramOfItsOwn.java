package com.ascent.plugins.framework;

import com.ascent.app.plugin.GuardedStep;
import com.ascent.app.plugin.StepBindingService;
import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.wizard.StepContextFactory;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.testkit.RecordedChanges;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * A program of a period the test chooses, with the framework step's context and view on it, in
 * English: what the kit does for its own program, which starts next month and runs twelve months.
 * The calendar opens on this month only while a program runs, finds pairs stalled only after
 * sessions were due, and keeps a structure to the program's period: those tests need a program
 * that started months ago, or one of nine months. (The kit could let a test choose its program's
 * period; until then this repeats the kit's {@code context} and {@code show} for another program.)
 */
final class ProgramOfItsOwn {

    private final Program program;
    private final GuardedStep step;
    private final StepContextFactory contexts;

    ProgramOfItsOwn(ProgramService programs, StepBindingService bindings, StepContextFactory contexts,
                    LocalDate start, LocalDate lastDay) {
        this.program = programs.create(new ProgramDraft("Running program " + UUID.randomUUID(), "", start,
                "Test administrator", lastDay));
        this.step = bindings.availableSteps().stream().filter(s -> s.stepId().equals(FrameworkStepTestBase.STEP))
                .findFirst().orElseThrow();
        this.contexts = contexts;
    }

    /** The context the wizard would give the framework step for this program. */
    StepContext context() {
        return contexts.create(program, step, Locale.ENGLISH, new RecordedChanges());
    }

    /** Builds the framework step's view for this program and shows it in the mock UI. */
    void show() {
        Component view = step.createView(context());
        UI.getCurrent().removeAll();
        UI.getCurrent().add(view);
    }
}
