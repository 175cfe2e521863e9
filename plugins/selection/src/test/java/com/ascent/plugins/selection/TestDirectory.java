package com.ascent.plugins.selection;

import com.ascent.app.people.PeopleDirectory;
import com.ascent.app.people.PersonDraft;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Adds the test's people to the directory of its organization through the host's service, with
 * what the matching looks at beyond the kit's {@code person}: location, 9-box ratings and skills.
 */
final class TestDirectory {

    /** A person to add; {@link #of} gives sensible defaults to change with the other methods. */
    record Spec(String fullName, String function, int level, @Nullable UUID managerId, String location,
                @Nullable Integer performance, @Nullable Integer potential, List<String> skills) {

        static Spec of(String fullName, String function, int level) {
            return new Spec(fullName, function, level, null, "Warsaw", 2, 2, List.of());
        }

        Spec managedBy(UUID manager) {
            return new Spec(fullName, function, level, manager, location, performance, potential, skills);
        }

        Spec in(String place) {
            return new Spec(fullName, function, level, managerId, place, performance, potential, skills);
        }

        Spec rated(int perf, int pot) {
            return new Spec(fullName, function, level, managerId, location, perf, pot, skills);
        }

        Spec skilled(String... names) {
            return new Spec(fullName, function, level, managerId, location, performance, potential, List.of(names));
        }
    }

    private final PeopleDirectory directory;
    private int added;

    TestDirectory(PeopleDirectory directory) {
        this.directory = directory;
    }

    UUID add(Spec spec) {
        added++;
        String email = spec.fullName().toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.com";
        return directory.create(new PersonDraft("E-" + added, spec.fullName(), email, spec.function(),
                spec.function() + " specialist", spec.level(), spec.managerId(), spec.location(), null,
                spec.performance(), spec.potential(), spec.skills())).person().id();
    }

    List<UUID> addAll(List<Spec> specs) {
        return specs.stream().map(this::add).toList();
    }
}
