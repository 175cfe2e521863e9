package com.ascent.plugin.api.plans;

import java.util.List;

/**
 * The editable part of an activity template.
 *
 * @param kind         the kind of activity it suggests
 * @param title        the activity's title, e.g. "Lead a small change in your own team"
 * @param description  what it involves and why it helps
 * @param capabilities the capability names it develops (matched to a gap's capability, ignoring
 *                     case); empty for a template that suits any gap
 */
public record ActivityTemplateDraft(ActivityKind kind, String title, String description, List<String> capabilities) {

    public ActivityTemplateDraft {
        capabilities = List.copyOf(capabilities);
    }
}
