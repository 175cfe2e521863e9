package com.ascent.plugin.api;

import java.util.Objects;

/**
 * A {@link WizardStep} whose id and placement are fixed and whose texts come from the plugin's
 * {@code messages.properties} under conventional keys, so that a step class holds only what is
 * its own: the view and the completeness rule.
 *
 * <pre>{@code
 * @Extension
 * public class SponsorSignOffStep extends AbstractWizardStep {
 *
 *     public SponsorSignOffStep() {
 *         super("sponsor-sign-off", StepPlacement.after(StepSlot.FRAMEWORK));
 *     }
 *
 *     @Override
 *     public Component createView(StepContext context) {
 *         return new SignOffView(context);
 *     }
 *
 *     @Override
 *     public StepStatus status(StepContext context) {
 *         return StepStatus.of(SignOffRules.missing(context));
 *     }
 * }
 * }</pre>
 *
 * <p>The texts, in {@code messages.properties} in the step class's package:
 * <pre>
 * step.title=Sponsor sign-off
 * step.description=The executive sponsor approves the program's framework before it is launched.
 * guidance.why=...
 * guidance.good=...
 * guidance.example=...
 * </pre>
 * Override {@link #title}, {@link #description} or {@link #guidance} where a step needs other
 * keys, for example when two steps share one package and so one bundle.
 *
 * <p>PF4J creates extensions with their public no-argument constructor: call
 * {@link #AbstractWizardStep(String, StepPlacement)} from it.
 *
 * @since 1.2.0
 */
public abstract class AbstractWizardStep implements WizardStep {

    /** Key of the step's title in its {@code messages.properties}. */
    public static final String TITLE_KEY = "step.title";
    /** Key of the step's one-sentence description. */
    public static final String DESCRIPTION_KEY = "step.description";
    /** Key of the guidance's "why it matters" text. */
    public static final String GUIDANCE_WHY_KEY = "guidance.why";
    /** Key of the guidance's "what good looks like" text. */
    public static final String GUIDANCE_GOOD_KEY = "guidance.good";
    /** Key of the guidance's example. */
    public static final String GUIDANCE_EXAMPLE_KEY = "guidance.example";

    private final String id;
    private final StepPlacement placement;

    /**
     * @param id        the step's stable id, stored in organizations' step bindings: never change it once shipped
     * @param placement the slot the step fills, or where it goes as an extra step
     */
    protected AbstractWizardStep(String id, StepPlacement placement) {
        if (id.isBlank()) {
            throw new IllegalArgumentException("A step needs an id");
        }
        this.id = id;
        this.placement = Objects.requireNonNull(placement, "placement");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final StepPlacement placement() {
        return placement;
    }

    /** The text under {@value #TITLE_KEY}. */
    @Override
    public String title(Translator messages) {
        return messages.get(TITLE_KEY);
    }

    /** The text under {@value #DESCRIPTION_KEY}. */
    @Override
    public String description(Translator messages) {
        return messages.get(DESCRIPTION_KEY);
    }

    /** The texts under {@value #GUIDANCE_WHY_KEY}, {@value #GUIDANCE_GOOD_KEY} and {@value #GUIDANCE_EXAMPLE_KEY}. */
    @Override
    public StepGuidance guidance(Translator messages) {
        return new StepGuidance(messages.get(GUIDANCE_WHY_KEY), messages.get(GUIDANCE_GOOD_KEY),
                messages.get(GUIDANCE_EXAMPLE_KEY));
    }
}
