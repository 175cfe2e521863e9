package com.ascent.plugin.api.objectives;

import java.util.List;
import java.util.UUID;

/**
 * The objectives of the context's program and their success indicators.
 *
 * <p>Writes refuse stale versions with {@link com.ascent.plugin.api.ConcurrentEditException} and
 * bad values with {@link com.ascent.plugin.api.InvalidInputException}; nothing invalid is stored.
 * The exception's {@code field()} names what is at fault:
 * <ul>
 *   <li>{@code title}: empty, or another objective of the program has it (ignoring case);</li>
 *   <li>{@code capabilityId}: not a capability of the organization's library;</li>
 *   <li>{@code alignments}: a statement that is not one of the organization's;</li>
 *   <li>{@code alignments.<statementId>}: the sentence saying how the objective serves that
 *       statement is empty;</li>
 *   <li>{@code name}: an indicator without a name, or one named like another indicator of the
 *       same objective;</li>
 *   <li>{@code unit}: an indicator without a unit, or a new unit for an indicator that measurement
 *       already records values in;</li>
 *   <li>{@code baseline}, {@code target}: a number off the scale its unit names (a unit such as
 *       {@code points (1-5)} names the scale 1 to 5).</li>
 * </ul>
 * Programs that are archived refuse every write.
 *
 * <p>History: once the Measurement step records values against an indicator (a metric refers to
 * it), removing that indicator, or its objective, is refused with
 * {@link com.ascent.plugin.api.InUseException}; so is removing an objective that
 * development-plan goals are linked to. Editing names, targets or alignments keeps every link.
 */
public interface ObjectiveService {

    /** The program's objectives in the order they were added, each with its indicators. */
    List<Objective> list();

    /** Adds an objective. */
    Objective add(ObjectiveDraft draft);

    /**
     * Adds several objectives with their indicators at once, for example from a template: either
     * all of them are stored or, when one breaks a rule, none is.
     *
     * @return the added objectives, in order
     * @since 1.1.0
     */
    List<Objective> addAll(List<NewObjective> objectives);

    /** Changes an objective. */
    Objective update(UUID id, long expectedVersion, ObjectiveDraft draft);

    /**
     * Removes an objective with its indicators.
     *
     * @throws com.ascent.plugin.api.InUseException when measurement records values against one of
     *                                              its indicators or plan goals are linked to it
     */
    void remove(UUID id, long expectedVersion);

    /** Adds a success indicator to an objective. */
    SuccessIndicator addIndicator(UUID objectiveId, IndicatorDraft draft);

    /** Changes a success indicator. */
    SuccessIndicator updateIndicator(UUID id, long expectedVersion, IndicatorDraft draft);

    /**
     * Removes a success indicator.
     *
     * @throws com.ascent.plugin.api.InUseException when measurement records values against it
     */
    void removeIndicator(UUID id, long expectedVersion);
}
