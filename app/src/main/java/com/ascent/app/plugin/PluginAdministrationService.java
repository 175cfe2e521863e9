package com.ascent.app.plugin;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.program.ProgramService;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import com.ascent.plugin.api.model.ProgramState;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's page on plugins: which plugins run (and why one does not), and for the
 * active organization which step serves each of the six slots and which extra steps are on.
 * A binding changes how a step's data is produced, never where it lives: the canonical program
 * model is untouched, and other organizations are not affected.
 */
@Service
public class PluginAdministrationService {

    private final PluginRuntime runtime;
    private final StepBindingService bindings;
    private final ProgramService programs;
    private final OrganizationScope organization;

    PluginAdministrationService(PluginRuntime runtime, StepBindingService bindings, ProgramService programs,
                                OrganizationScope organization) {
        this.runtime = runtime;
        this.bindings = bindings;
        this.programs = programs;
        this.organization = organization;
    }

    /** Every plugin found, with its state and, for a failed one, the reason. */
    @RolesAllowed("ADMIN")
    public List<PluginInfo> plugins() {
        return runtime.plugins();
    }

    /** The active organization's wizard as the administrator configures it. */
    @Transactional(readOnly = true)
    @RolesAllowed("ADMIN")
    public StepConfiguration configuration(Locale locale) {
        Map<GuardedStep, StepPlacement> running = new LinkedHashMap<>();
        bindings.availableSteps().forEach(step -> placement(step).ifPresent(placement -> running.put(step, placement)));
        List<WizardEntry> wizard = bindings.wizard(organization.require());

        List<SlotBinding> slots = new ArrayList<>();
        for (StepSlot slot : StepSlot.values()) {
            StepPlacement fillsSlot = StepPlacement.fills(slot);
            String bound = wizard.stream().filter(e -> e.placement().equals(fillsSlot))
                    .map(WizardEntry::stepId).findFirst().orElse(StepBindingService.defaultStepId(slot));
            List<StepChoice> choices = new ArrayList<>();
            running.forEach((step, placement) -> {
                if (placement.equals(fillsSlot)) {
                    choices.add(choice(slot, step.stepId(), step, locale));
                }
            });
            // The default step and the bound one are always offered, even while their plugin is not running.
            for (String stepId : List.of(bound, StepBindingService.defaultStepId(slot))) {
                if (choices.stream().noneMatch(c -> c.stepId().equals(stepId))) {
                    choices.add(choice(slot, stepId, null, locale));
                }
            }
            choices.sort(Comparator.comparing(StepChoice::defaultStep).reversed());
            slots.add(new SlotBinding(slot, bound, choices));
        }

        Set<String> switchedOn = wizard.stream().filter(e -> !e.placement().fillsSlot())
                .map(WizardEntry::stepId).collect(Collectors.toSet());
        List<ExtraStep> extras = new ArrayList<>();
        running.forEach((step, placement) -> {
            if (!placement.fillsSlot()) {
                StepPlacement placed = bindings.storedPlacement(organization.require(), step.stepId()).orElse(placement);
                extras.add(new ExtraStep(step.stepId(), step.pluginId(), title(step, locale), placed,
                        switchedOn.contains(step.stepId()), true));
            }
        });
        // Switched on once, but its plugin no longer runs: still listed, so it can be switched off.
        wizard.stream().filter(e -> !e.placement().fillsSlot() && e.step() == null)
                .forEach(e -> extras.add(new ExtraStep(e.stepId(), null, e.stepId(), e.placement(), true, false)));
        return new StepConfiguration(slots, extras);
    }

    /** How many of the organization's programs are drafted or running, i.e. would see a changed step. */
    @Transactional(readOnly = true)
    @RolesAllowed("ADMIN")
    public long programsInProgress() {
        return programs.list().stream().filter(p -> p.state() != ProgramState.ARCHIVED).count();
    }

    /**
     * Makes {@code stepId} serve {@code slot} for the active organization: the slot's default step
     * (even while its plugin is not running) or a running step that fills this slot.
     */
    @Transactional
    @RolesAllowed("ADMIN")
    public void bindSlot(StepSlot slot, String stepId) {
        if (stepId.equals(StepBindingService.defaultStepId(slot))) {
            bindings.useDefaultStep(organization.require(), slot);
            return;
        }
        boolean fillsThisSlot = bindings.availableSteps().stream()
                .anyMatch(step -> step.stepId().equals(stepId) && placement(step).equals(Optional.of(StepPlacement.fills(slot))));
        if (!fillsThisSlot) {
            throw new IllegalArgumentException("No running step " + stepId + " fills " + slot);
        }
        bindings.bindSlot(organization.require(), stepId);
    }

    /** Switches an extra step on or off for the active organization. */
    @Transactional
    @RolesAllowed("ADMIN")
    public void setExtraStep(String stepId, boolean enabled) {
        bindings.setExtraStep(organization.require(), stepId, enabled);
    }

    /**
     * Switches an extra step on or off for the active organization and places it before or after
     * one of the six slots ({@code placement} never fills a slot).
     */
    @Transactional
    @RolesAllowed("ADMIN")
    public void setExtraStep(String stepId, boolean enabled, StepPlacement placement) {
        bindings.setExtraStep(organization.require(), stepId, enabled, placement);
    }

    /** Where a step goes; empty when its plugin cannot even say, so it is offered nowhere. */
    private static Optional<StepPlacement> placement(GuardedStep step) {
        try {
            return Optional.of(step.placement());
        } catch (StepFailedException e) {
            return Optional.empty();
        }
    }

    private static StepChoice choice(StepSlot slot, String stepId, @Nullable GuardedStep step, Locale locale) {
        return new StepChoice(stepId, step == null ? null : step.pluginId(), step == null ? stepId : title(step, locale),
                stepId.equals(StepBindingService.defaultStepId(slot)), step != null);
    }

    private static String title(GuardedStep step, Locale locale) {
        try {
            return step.title(locale);
        } catch (StepFailedException e) {
            return step.stepId();
        }
    }

    /** The six slots and the extra steps, as the organization has them now. */
    public record StepConfiguration(List<SlotBinding> slots, List<ExtraStep> extras) {
    }

    /**
     * One of the six slots.
     *
     * @param slot    the slot
     * @param stepId  the step serving it now (the default step unless the organization chose another)
     * @param choices the steps that can serve it, the default first; the default and {@code stepId} are
     *                included even when their plugin is not running
     */
    public record SlotBinding(StepSlot slot, String stepId, List<StepChoice> choices) {
    }

    /**
     * A step that can serve a slot.
     *
     * @param stepId      its id
     * @param pluginId    the plugin offering it, none when no running plugin does
     * @param title       its title in the administrator's language (its id when unknown)
     * @param defaultStep whether it is Ascent's default step of the slot
     * @param running     whether a started plugin offers it
     */
    public record StepChoice(String stepId, @Nullable String pluginId, String title, boolean defaultStep,
                             boolean running) {
    }

    /**
     * An extra step placed before or after a slot.
     *
     * @param stepId    its id
     * @param pluginId  the plugin offering it, none when no running plugin does
     * @param title     its title (its id when unknown)
     * @param placement where it goes: where the organization placed it, or else where its plugin suggests
     * @param enabled   whether the organization has it on
     * @param running   whether a started plugin offers it
     */
    public record ExtraStep(String stepId, @Nullable String pluginId, String title, StepPlacement placement,
                            boolean enabled, boolean running) {
    }
}
