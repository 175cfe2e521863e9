package com.ascent.plugin.api.objectives;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The editable part of an objective.
 *
 * @param title        a short name, unique within the program
 * @param description  what the program wants to achieve
 * @param capabilityId the capability of the library it develops, if any
 * @param priority     its priority
 * @param alignments   the strategy statements it serves, and how
 */
public record ObjectiveDraft(String title, String description, @Nullable UUID capabilityId, Priority priority,
                             List<Alignment> alignments) {

    public ObjectiveDraft {
        alignments = List.copyOf(alignments);
    }
}
