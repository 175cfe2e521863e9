package com.ascent.plugin.api.objectives;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A program objective with its success indicators.
 *
 * @param id           its id
 * @param version      optimistic-locking version
 * @param title        a short name, unique within the program
 * @param description  what the program wants to achieve
 * @param capabilityId the capability it develops, if any
 * @param priority     its priority
 * @param alignments   the strategy statements it serves, and how
 * @param indicators   how success will be recognised
 */
public record Objective(UUID id, long version, String title, String description, @Nullable UUID capabilityId,
                        Priority priority, List<Alignment> alignments, List<SuccessIndicator> indicators) {

    public Objective {
        alignments = List.copyOf(alignments);
        indicators = List.copyOf(indicators);
    }

    /** The editable part of this objective. */
    public ObjectiveDraft draft() {
        return new ObjectiveDraft(title, description, capabilityId, priority, alignments);
    }
}
