package com.ascent.plugins.selection.matching;

import com.ascent.plugin.api.people.Person;
import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Hand-made roster members for tests, with ids that sort in the order they are made. */
final class Members {

    private static long next = 1;

    private Members() {
    }

    static UUID id() {
        return new UUID(0, next++);
    }

    static RosterMember hipo(String name, String function, int level, UUID... reportingLine) {
        return employee(name, function, level, RosterRole.HIPO, 0, List.of("English"), Availability.MEDIUM, List.of(),
                "Warsaw", List.of(reportingLine));
    }

    static RosterMember mentor(String name, String function, int level, int capacity) {
        return employee(name, function, level, RosterRole.MENTOR, capacity, List.of("English"), Availability.MEDIUM,
                List.of(), "Warsaw", List.of());
    }

    static RosterMember employee(String name, String function, int level, RosterRole role, int capacity,
                                 List<String> languages, Availability availability, List<String> capabilities,
                                 String location, List<UUID> reportingLine) {
        UUID personId = id();
        Person person = new Person(personId, "E" + personId.getLeastSignificantBits(), name, name + "@example.com", function,
                "Title", level, reportingLine.isEmpty() ? null : reportingLine.getFirst(), location, null, 2, 2,
                List.of());
        return new RosterMember(id(), 1, person, name, person.email(), location, role, capacity, languages, availability,
                capabilities, reportingLine);
    }

    static RosterMember external(String name, RosterRole role, int capacity, @Nullable String location,
                                 List<String> languages, List<String> capabilities) {
        return new RosterMember(id(), 1, null, name, "", location, role, capacity, languages, Availability.HIGH,
                capabilities, List.of());
    }
}
