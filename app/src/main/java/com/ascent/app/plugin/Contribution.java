package com.ascent.app.plugin;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one step of the organization's wizard contributed to a page of the host, or that its
 * contribution is not available (the plugin failed while giving it, or is not running).
 *
 * @param stepId    the step
 * @param stepTitle its title in the reader's language (its id when the plugin cannot tell)
 * @param items     what it contributed; {@code null} when not available
 */
public record Contribution<T>(String stepId, String stepTitle, @Nullable List<T> items) {

    public boolean available() {
        return items != null;
    }

    /** What it contributed; nothing when not available. */
    public List<T> itemsOrNone() {
        return items == null ? List.of() : items;
    }
}
