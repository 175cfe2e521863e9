package com.ascent.plugin.api.objectives;

import java.util.List;
import java.util.UUID;

/**
 * The objectives of the context's program and their success indicators. Writes refuse stale
 * versions with {@link com.ascent.plugin.api.ConcurrentEditException} and bad values (an empty
 * title, a duplicate title, an indicator without a name) with
 * {@link com.ascent.plugin.api.InvalidInputException}; nothing invalid is stored.
 */
public interface ObjectiveService {

    /** The program's objectives in the order they were added, each with its indicators. */
    List<Objective> list();

    /** Adds an objective. */
    Objective add(ObjectiveDraft draft);

    /** Changes an objective. */
    Objective update(UUID id, long expectedVersion, ObjectiveDraft draft);

    /** Removes an objective with its indicators. */
    void remove(UUID id, long expectedVersion);

    /** Adds a success indicator to an objective. */
    SuccessIndicator addIndicator(UUID objectiveId, IndicatorDraft draft);

    /** Changes a success indicator. */
    SuccessIndicator updateIndicator(UUID id, long expectedVersion, IndicatorDraft draft);

    /** Removes a success indicator. */
    void removeIndicator(UUID id, long expectedVersion);
}
