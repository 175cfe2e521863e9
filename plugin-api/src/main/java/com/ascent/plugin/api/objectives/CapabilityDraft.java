package com.ascent.plugin.api.objectives;

import java.util.List;

/**
 * The editable part of a leadership capability of the organization's library.
 *
 * @param name        e.g. "Strategic thinking"; unique within the organization, ignoring case
 * @param description what the capability means in this organization
 * @param behaviours  observable behaviours that show it, one short sentence each; blank entries
 *                    are dropped
 * @since 1.1.0
 */
public record CapabilityDraft(String name, String description, List<String> behaviours) {

    public CapabilityDraft {
        behaviours = List.copyOf(behaviours);
    }
}
