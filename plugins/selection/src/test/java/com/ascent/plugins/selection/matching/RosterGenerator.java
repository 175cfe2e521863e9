package com.ascent.plugins.selection.matching;

import com.ascent.plugin.api.people.Person;
import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Random but plausible rosters: HiPos at levels 3 to 8 and mentors at levels 6 to 14 in eight
 * functions and ten locations, most speaking English, each HiPo with one to three development
 * needs, some HiPos managed by a mentor of the roster (so the reporting-line rule bites), mentor
 * capacities of 1 to 5. The same seed gives the same roster.
 */
final class RosterGenerator {

    static final List<String> FUNCTIONS = List.of("Finance", "Marketing", "Sales", "Engineering", "HR", "Operations",
            "Legal", "Product");
    static final List<String> LOCATIONS = List.of("Warsaw", "Berlin", "London", "Madrid", "Paris", "Lyon", "Munich",
            "Krakow", "Dublin", "Lisbon");
    static final List<String> LANGUAGES = List.of("English", "German", "Polish", "Spanish", "French", "Portuguese");
    static final List<String> CAPABILITIES = List.of("Strategic thinking", "Decision-making", "Emotional intelligence",
            "Stakeholder influence", "Change management", "Cross-functional leadership", "Coaching others",
            "Financial acumen", "Customer focus", "Negotiation", "Communication", "Innovation");
    static final List<String> OBJECTIVE_CAPABILITIES = List.of("Strategic thinking", "Cross-functional leadership");

    private final Random random;

    RosterGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** {@code hipos} HiPos followed by {@code mentors} mentors with capacities 1 to {@code maxCapacity}. */
    List<RosterMember> roster(int hipos, int mentors, int maxCapacity) {
        List<RosterMember> guides = new ArrayList<>();
        for (int i = 0; i < mentors; i++) {
            Person person = person("Mentor " + i, 6 + random.nextInt(9), null);
            guides.add(member(person, RosterRole.MENTOR, 1 + random.nextInt(maxCapacity), 2 + random.nextInt(3),
                    List.of()));
        }
        List<RosterMember> members = new ArrayList<>();
        for (int i = 0; i < hipos; i++) {
            List<UUID> line = new ArrayList<>();
            if (!guides.isEmpty() && random.nextDouble() < 0.3) {
                RosterMember manager = guides.get(random.nextInt(guides.size()));
                line.add(manager.personId());
            } else {
                line.add(uuid());
            }
            if (!guides.isEmpty() && random.nextDouble() < 0.3) {
                line.add(guides.get(random.nextInt(guides.size())).personId());
            }
            Person person = person("HiPo " + i, 3 + random.nextInt(6), line.getFirst());
            members.add(member(person, RosterRole.HIPO, 0, 1 + random.nextInt(3), line));
        }
        members.addAll(guides);
        return members;
    }

    private Person person(String name, int level, UUID manager) {
        UUID id = uuid();
        return new Person(id, "E" + id.toString().substring(0, 6), name, name.replace(' ', '.') + "@example.com",
                pick(FUNCTIONS), "Title", level, manager, pick(LOCATIONS), null, 1 + random.nextInt(3),
                1 + random.nextInt(3), List.of());
    }

    private RosterMember member(Person person, RosterRole role, int capacity, int capabilityCount, List<UUID> line) {
        Set<String> languages = new LinkedHashSet<>();
        if (random.nextDouble() < 0.8) {
            languages.add("English");
        }
        int extra = random.nextInt(3);
        for (int i = 0; i < extra || languages.isEmpty(); i++) {
            languages.add(pick(LANGUAGES));
        }
        Set<String> capabilities = new LinkedHashSet<>();
        while (capabilities.size() < capabilityCount) {
            capabilities.add(pick(CAPABILITIES));
        }
        return new RosterMember(uuid(), 1, person, person.fullName(), person.email(), person.location(), role,
                capacity, List.copyOf(languages), Availability.values()[random.nextInt(3)], List.copyOf(capabilities),
                line);
    }

    /** Ids from the seed too, so that ties fall the same way in every run. */
    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
