package com.ascent.plugin.api.roster;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The editable part of a roster member. Give either {@code personId} (an employee from the people
 * directory) or {@code externalName} (a guide who is not an employee), never both; HiPos are
 * always employees. The person of a member cannot be changed: remove the member and add another.
 *
 * @param personId         the employee's id in the people directory
 * @param externalName     the name of an external guide
 * @param externalEmail    the e-mail of an external guide, if known
 * @param externalLocation the location or country of an external guide, if known
 * @param role             HiPo, mentor, coach, or mentor and coach
 * @param capacity         for guides, how many HiPos they take on (1 to {@value #MAX_CAPACITY});
 *                         ignored for HiPos
 * @param languages        languages the member can work in
 * @param availability     how much time the member can give
 * @param capabilities     a HiPo's development needs, or the capabilities a guide can help develop
 */
public record MemberDraft(@Nullable UUID personId, @Nullable String externalName, @Nullable String externalEmail,
                          @Nullable String externalLocation, RosterRole role, int capacity, List<String> languages,
                          Availability availability, List<String> capabilities) {

    /** The largest capacity a guide may have. */
    public static final int MAX_CAPACITY = 50;

    public MemberDraft {
        languages = List.copyOf(languages);
        capabilities = List.copyOf(capabilities);
    }

    /** A HiPo from the people directory, with no languages or needs recorded yet. */
    public static MemberDraft hipo(UUID personId) {
        return employee(personId, RosterRole.HIPO, 0, List.of(), Availability.MEDIUM, List.of());
    }

    /** An employee from the people directory. */
    public static MemberDraft employee(UUID personId, RosterRole role, int capacity, List<String> languages,
                                       Availability availability, List<String> capabilities) {
        return new MemberDraft(personId, null, null, null, role, capacity, languages, availability, capabilities);
    }

    /** A guide who is not an employee of the organization. */
    public static MemberDraft external(String name, @Nullable String email, @Nullable String location, RosterRole role,
                                       int capacity, List<String> languages, Availability availability,
                                       List<String> capabilities) {
        return new MemberDraft(null, name, email, location, role, capacity, languages, availability, capabilities);
    }
}
