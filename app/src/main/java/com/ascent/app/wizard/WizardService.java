package com.ascent.app.wizard;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.app.plugin.Contribution;
import com.ascent.app.plugin.GuardedStep;
import com.ascent.app.plugin.StepBindingService;
import com.ascent.app.plugin.StepFailedException;
import com.ascent.app.plugin.WizardEntry;
import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramService;
import com.ascent.plugin.api.StepChanges;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepStatus;
import com.ascent.plugin.api.contribution.ReviewCheck;
import com.ascent.plugin.api.model.ProgramState;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reports the status of every step of a program and launches it once every required step is
 * complete. Steps are asked, never trusted blindly: a step that throws is reported as failed and
 * keeps the program from launching, the rest of the wizard keeps working.
 */
@Service
public class WizardService {

    /** Stepper and review report statuses without a live step view, so no change goes unseen. */
    private static final StepChanges NO_VIEW = new StepChanges() {
        @Override
        public void unsaved() {
        }

        @Override
        public void saved() {
        }
    };

    private final StepBindingService bindings;
    private final StepContextFactory contexts;
    private final ProgramService programs;
    private final StepStateRepository states;
    private final OrganizationScope organization;
    private final TransactionTemplate transactions;
    private final AscentI18NProvider i18n;
    private final WizardContributions contributions;

    WizardService(StepBindingService bindings, StepContextFactory contexts, ProgramService programs,
                  StepStateRepository states, OrganizationScope organization, TransactionTemplate transactions,
                  AscentI18NProvider i18n, WizardContributions contributions) {
        this.contributions = contributions;
        this.i18n = i18n;
        this.bindings = bindings;
        this.contexts = contexts;
        this.programs = programs;
        this.states = states;
        this.organization = organization;
        this.transactions = transactions;
    }

    /** The organization's wizard, in order. */
    public List<WizardEntry> entries() {
        return bindings.wizard(organization.require());
    }

    /** Every step of the program with its current status. */
    public List<StepReport> review(Program program, Locale locale) {
        return entries().stream().map(entry -> report(program, entry, locale)).toList();
    }

    /**
     * The findings the steps add to Review & launch (their checks beyond their status), step by step;
     * a step whose checks failed is listed as not available.
     */
    public List<Contribution<ReviewCheck>> checks(Program program, Locale locale) {
        return contributions.reviewChecks(program.id(), locale);
    }

    /** Whether a check keeps the program from launching: a problem, or checks that could not be made. */
    public static boolean blocksLaunch(Contribution<ReviewCheck> checks) {
        return !checks.available()
                || checks.itemsOrNone().stream().anyMatch(c -> c.severity() == ReviewCheck.Severity.PROBLEM);
    }

    /** One step of the program with its current status; remembers it for the program list. */
    public StepReport report(Program program, WizardEntry entry, Locale locale) {
        if (entry.step() == null) {
            return new StepReport(entry, titleWithoutPlugin(entry, locale), true, new StepOutcome.Unavailable());
        }
        GuardedStep step = entry.step();
        String title;
        boolean required;
        try {
            title = step.title(locale);
            required = step.required();
        } catch (StepFailedException e) {
            return new StepReport(entry, titleWithoutPlugin(entry, locale), true, new StepOutcome.Failed(e.pluginId()));
        }
        try {
            StepStatus status = step.status(contexts.create(program, step, locale, NO_VIEW));
            transactions.executeWithoutResult(tx -> states.record(organization.require(), program.id(),
                    entry.stepId(), status.complete(), status.missing()));
            StepOutcome outcome = status.complete() ? new StepOutcome.Complete()
                    : new StepOutcome.Incomplete(status.missing());
            return new StepReport(entry, title, required, outcome);
        } catch (StepFailedException e) {
            return new StepReport(entry, title, required, new StepOutcome.Failed(e.pluginId()));
        }
    }

    /**
     * The title of a step whose plugin cannot give one: a step that fills a slot is that slot's
     * step, but an extra step beside a slot is not, so it goes by its own id rather than passing
     * for a second copy of its neighbour.
     */
    private String titleWithoutPlugin(WizardEntry entry, Locale locale) {
        StepPlacement placement = entry.placement();
        return placement.fillsSlot()
                ? i18n.getTranslation("wizard.slot." + placement.slot().name(), locale)
                : i18n.getTranslation("wizard.extraStep.title", locale, entry.stepId());
    }

    /**
     * Launches the program when no required step blocks it.
     *
     * @return the running program, or the reports that block the launch
     */
    public LaunchResult launch(Program program, Locale locale) {
        List<StepReport> blocking = review(program, locale).stream().filter(StepReport::blocksLaunch).toList();
        if (!blocking.isEmpty() || checks(program, locale).stream().anyMatch(WizardService::blocksLaunch)) {
            return new LaunchResult(program, blocking);
        }
        return new LaunchResult(programs.launch(program), List.of());
    }

    /** The program after a launch attempt, and the steps that blocked it, if any. */
    public record LaunchResult(Program program, List<StepReport> blocking) {

        /** Launched when the program runs now (a step's problem may block it with every step complete). */
        public boolean launched() {
            return program.state() != ProgramState.DRAFT;
        }
    }
}
