package com.ascent.plugin.api.people;

import org.jspecify.annotations.Nullable;

/**
 * A filter over the people directory; {@code null} fields do not filter.
 *
 * @param text       matched against name, e-mail, employee id and title
 * @param function   exact function or department
 * @param location   exact location
 * @param level      exact job level
 */
public record PeopleQuery(@Nullable String text, @Nullable String function, @Nullable String location,
                          @Nullable Integer level) {

    /** No filter: everyone. */
    public static PeopleQuery all() {
        return new PeopleQuery(null, null, null, null);
    }
}
