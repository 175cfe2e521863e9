package com.ascent.app.wizard;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.plugin.GuardedStep;
import com.ascent.app.plugin.StepBindingService;
import com.ascent.app.plugin.StepFailedException;
import com.ascent.app.plugin.WizardEntry;
import com.ascent.app.program.ProgramChanged;
import com.ascent.app.program.ProgramService;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells every step of the organization's wizard what happened to a program, once the change is
 * committed (nothing for a change rolled back). Each step is told in its own read-only transaction
 * with its own read-only context: what one step throws (or a write it tries) is logged and changes
 * nothing for the host's operation, which is already committed, nor for the other steps.
 */
@Component
class ProgramEventRelay {

    private static final Logger log = LoggerFactory.getLogger(ProgramEventRelay.class);

    private final StepBindingService bindings;
    private final StepContextFactory contexts;
    private final ProgramService programs;
    private final TransactionTemplate readOnly;

    ProgramEventRelay(StepBindingService bindings, StepContextFactory contexts, ProgramService programs,
                      PlatformTransactionManager transactions) {
        this.bindings = bindings;
        this.contexts = contexts;
        this.programs = programs;
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        readOnly.setReadOnly(true);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void relay(ProgramChanged changed) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            OrganizationScope.callAs(changed.organizationId(), () -> {
                List<WizardEntry> wizard = readOnly.execute(status -> bindings.wizard(changed.organizationId()));
                for (WizardEntry entry : Objects.requireNonNull(wizard)) {
                    if (entry.step() != null) {
                        tell(entry.step(), changed, locale);
                    }
                }
                return null;
            });
        } catch (RuntimeException e) {
            // thrown after the commit, it would reach the user as if their change had failed
            log.warn("The steps could not be told of {}; the change stands", changed.event(), e);
        }
    }

    private void tell(GuardedStep step, ProgramChanged changed, Locale locale) {
        try {
            readOnly.executeWithoutResult(status -> programs.find(changed.event().programId()).ifPresent(program ->
                    step.onProgramEvent(changed.event(),
                            contexts.createForContribution(program, step, locale, changed.organizationId()))));
        } catch (StepFailedException e) {
            // the guard logged what the step threw
        } catch (RuntimeException e) {
            log.warn("Step {} of plugin {} failed on {}; the change stands", step.stepId(), step.pluginId(),
                    changed.event(), e);
        }
    }
}
