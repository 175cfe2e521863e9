package com.ascent.plugin.api.plans;

import java.util.List;
import java.util.UUID;

/**
 * An entry of the organization's library of development activities, from which plans get
 * suggestions. A new organization's library starts with Ascent's starter set, which HR can edit.
 *
 * @param id           its id
 * @param version      optimistic-locking version
 * @param kind         the kind of activity it suggests
 * @param title        the activity's title
 * @param description  what it involves and why it helps
 * @param capabilities the capability names it develops; empty when it suits any gap
 */
public record ActivityTemplate(UUID id, long version, ActivityKind kind, String title, String description,
                               List<String> capabilities) {

    public ActivityTemplate {
        capabilities = List.copyOf(capabilities);
    }

    /** The editable part of this template. */
    public ActivityTemplateDraft draft() {
        return new ActivityTemplateDraft(kind, title, description, capabilities);
    }
}
