package com.ascent.app.plugin;

import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composes an organization's wizard from the running plugins and the organization's bindings:
 * for each of the six slots, in order, the extra steps placed before it, the step that fills it
 * and the extra steps placed after it. A slot without a binding is served by Ascent's default
 * step of that slot (its id is the slot's name, e.g. {@code development-plans}).
 */
@Service
public class StepBindingService {

    private final PluginRuntime runtime;
    private final StepBindingRepository bindings;

    StepBindingService(PluginRuntime runtime, StepBindingRepository bindings) {
        this.runtime = runtime;
        this.bindings = bindings;
    }

    /** The default step id of a slot, e.g. {@code development-plans}. */
    public static String defaultStepId(StepSlot slot) {
        return slot.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The organization's wizard, in the order the user walks it. */
    @Transactional(readOnly = true)
    public List<WizardEntry> wizard(UUID organizationId) {
        Map<String, StepHandle> running = runtime.steps().stream()
                .collect(Collectors.toMap(StepHandle::stepId, Function.identity(), (first, second) -> first));
        List<StepBinding> stored = bindings.findAll(organizationId);
        List<WizardEntry> wizard = new ArrayList<>();
        for (StepSlot slot : StepSlot.values()) {
            addExtras(wizard, stored, running, slot, StepPlacement.Position.BEFORE);
            String filling = stored.stream()
                    .filter(b -> b.enabled() && b.placement().equals(StepPlacement.fills(slot)))
                    .map(StepBinding::stepId)
                    .findFirst()
                    .orElse(defaultStepId(slot));
            wizard.add(entry(filling, StepPlacement.fills(slot), running));
            addExtras(wizard, stored, running, slot, StepPlacement.Position.AFTER);
        }
        return wizard;
    }

    /** One step of the organization's wizard. */
    @Transactional(readOnly = true)
    public Optional<WizardEntry> find(UUID organizationId, String stepId) {
        return wizard(organizationId).stream().filter(e -> e.stepId().equals(stepId)).findFirst();
    }

    /** Every running step that could fill or extend a slot, for the administrator's choices. */
    public List<GuardedStep> availableSteps() {
        return runtime.steps().stream().map(this::guard).toList();
    }

    /** Makes {@code stepId} serve its slot for the organization. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void bindSlot(UUID organizationId, String stepId) {
        GuardedStep step = runtime.step(stepId).map(this::guard)
                .orElseThrow(() -> new IllegalArgumentException("No running step " + stepId));
        StepPlacement placement = step.placement();
        if (!placement.fillsSlot()) {
            throw new IllegalArgumentException("Step " + stepId + " does not fill a slot");
        }
        bindings.bindSlot(organizationId, stepId, placement.slot());
    }

    /** Lets Ascent's default step serve {@code slot} for the organization again, running or not. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void useDefaultStep(UUID organizationId, StepSlot slot) {
        bindings.clearSlot(organizationId, slot);
    }

    /**
     * Switches an extra step on or off for the organization, where it was placed before (or where
     * its plugin places it, the first time).
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setExtraStep(UUID organizationId, String stepId, boolean enabled) {
        if (!enabled) {
            // Also when its plugin is gone: an administrator must be able to remove what shows as unavailable.
            bindings.switchOffExtraStep(organizationId, stepId);
            return;
        }
        StepPlacement placement = storedPlacement(organizationId, stepId)
                .orElseGet(() -> extraStep(stepId).placement());
        setExtraStep(organizationId, stepId, true, placement);
    }

    /** Switches an extra step on or off and puts it before or after the slot of {@code placement}. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setExtraStep(UUID organizationId, String stepId, boolean enabled, StepPlacement placement) {
        if (placement.fillsSlot()) {
            throw new IllegalArgumentException("An extra step goes before or after a slot, not into it");
        }
        extraStep(stepId);
        bindings.setExtraStep(organizationId, stepId, placement, enabled);
    }

    /** Where the organization placed an extra step, switched on or off; empty if it never did. */
    @Transactional(readOnly = true)
    public Optional<StepPlacement> storedPlacement(UUID organizationId, String stepId) {
        return bindings.findAll(organizationId).stream()
                .filter(b -> b.stepId().equals(stepId) && !b.placement().fillsSlot())
                .map(StepBinding::placement)
                .findFirst();
    }

    /** The running extra step {@code stepId}; refuses a step that fills a slot. */
    private GuardedStep extraStep(String stepId) {
        GuardedStep step = runtime.step(stepId).map(this::guard)
                .orElseThrow(() -> new IllegalArgumentException("No running step " + stepId));
        if (step.placement().fillsSlot()) {
            throw new IllegalArgumentException("Step " + stepId + " fills a slot; bind it instead");
        }
        return step;
    }

    private void addExtras(List<WizardEntry> wizard, List<StepBinding> stored, Map<String, StepHandle> running,
                           StepSlot slot, StepPlacement.Position position) {
        stored.stream()
                .filter(b -> b.enabled() && b.placement().equals(new StepPlacement(slot, position)))
                .forEach(b -> wizard.add(entry(b.stepId(), b.placement(), running)));
    }

    private WizardEntry entry(String stepId, StepPlacement placement, Map<String, StepHandle> running) {
        StepHandle handle = running.get(stepId);
        if (handle == null) {
            return new WizardEntry(stepId, placement, null);
        }
        return new WizardEntry(stepId, placement, guard(handle));
    }

    private GuardedStep guard(StepHandle handle) {
        return new GuardedStep(handle, runtime.classLoader(handle.pluginId()));
    }
}
