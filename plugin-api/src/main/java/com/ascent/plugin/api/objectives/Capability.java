package com.ascent.plugin.api.objectives;

import java.util.List;
import java.util.UUID;

/**
 * A leadership capability of the organization's library that programs can develop.
 *
 * @param id          its id
 * @param version     optimistic-locking version
 * @param name        e.g. "Strategic thinking"
 * @param description what the capability means in this organization
 * @param behaviours  observable behaviours that show it
 */
public record Capability(UUID id, long version, String name, String description, List<String> behaviours) {

    public Capability {
        behaviours = List.copyOf(behaviours);
    }

    /**
     * The editable part of this capability.
     *
     * @since 1.1.0
     */
    public CapabilityDraft draft() {
        return new CapabilityDraft(name, description, behaviours);
    }
}
