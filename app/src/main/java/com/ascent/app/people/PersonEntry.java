package com.ascent.app.people;

import com.ascent.plugin.api.people.Person;
import org.jspecify.annotations.Nullable;

/**
 * A person as the directory screen shows and edits them: what plugins see ({@link Person}), plus
 * the version that guards against overwriting someone else's change, the manager's name, and
 * whether the row is invented sample data.
 */
public record PersonEntry(Person person, long version, @Nullable String managerName, boolean sample) {
}
