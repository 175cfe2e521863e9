package com.ascent.app.wizard;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.app.plugin.Contribution;
import com.ascent.app.plugin.GuardedStep;
import com.ascent.app.plugin.ProgramContributions;
import com.ascent.app.plugin.StepBindingService;
import com.ascent.app.plugin.StepFailedException;
import com.ascent.app.plugin.WizardEntry;
import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramService;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.contribution.ContributedEvent;
import com.ascent.plugin.api.contribution.ReportSection;
import com.ascent.plugin.api.contribution.ReviewCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.stereotype.Service;

/**
 * Asks every step of the active organization's wizard for its contributions to a program, each
 * with its own read-only context and through its guard: a step that throws is logged by the guard
 * and listed as not available, the others' contributions stand.
 */
@Service
class WizardContributions implements ProgramContributions {

    private final StepBindingService bindings;
    private final StepContextFactory contexts;
    private final ProgramService programs;
    private final OrganizationScope organization;
    private final AscentI18NProvider i18n;

    WizardContributions(StepBindingService bindings, StepContextFactory contexts, ProgramService programs,
                        OrganizationScope organization, AscentI18NProvider i18n) {
        this.bindings = bindings;
        this.contexts = contexts;
        this.programs = programs;
        this.organization = organization;
        this.i18n = i18n;
    }

    @Override
    public List<Contribution<ContributedEvent>> calendarEvents(UUID programId, Locale locale) {
        return ask(programId, locale, GuardedStep::calendarEvents);
    }

    @Override
    public List<Contribution<ReportSection>> reportSections(UUID programId, Locale locale) {
        return ask(programId, locale, GuardedStep::reportSections);
    }

    @Override
    public List<Contribution<ReviewCheck>> reviewChecks(UUID programId, Locale locale) {
        return ask(programId, locale, GuardedStep::reviewChecks);
    }

    private <T> List<Contribution<T>> ask(UUID programId, Locale locale,
                                          BiFunction<GuardedStep, StepContext, List<T>> question) {
        UUID org = organization.require();
        Program program = programs.find(programId).orElse(null);
        if (program == null) {
            return List.of();
        }
        List<Contribution<T>> answers = new ArrayList<>();
        for (WizardEntry entry : bindings.wizard(org)) {
            GuardedStep step = entry.step();
            if (step == null) {
                continue;
            }
            try {
                List<T> items = question.apply(step, contexts.createForContribution(program, step, locale, org));
                if (!items.isEmpty()) {
                    answers.add(new Contribution<>(entry.stepId(), title(step, locale), items));
                }
            } catch (StepFailedException e) {
                answers.add(new Contribution<>(entry.stepId(), title(step, locale), null));
            }
        }
        return answers;
    }

    private String title(GuardedStep step, Locale locale) {
        try {
            return step.title(locale);
        } catch (StepFailedException e) {
            return i18n.getTranslation("wizard.extraStep.title", locale, step.stepId());
        }
    }
}
