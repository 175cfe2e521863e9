package com.ascent.plugin.api.roster;

import com.ascent.plugin.api.people.Person;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Someone on a program's roster: a HiPo, a mentor, a coach, or someone who may mentor and coach.
 *
 * <p>Employees are members through their entry in the people directory: {@link #person()} is that
 * entry as it is now (function, level, location, manager, ratings, skills). External coaches have
 * no entry; their name, e-mail and location are kept on the roster.
 *
 * @param id            the member's id (the id pairs and development plans refer to)
 * @param version       optimistic-locking version
 * @param person        the people directory's entry of an employee; {@code null} for an external guide
 * @param displayName   the person's full name, or the external guide's name
 * @param email         the person's work e-mail, or the external guide's e-mail (may be empty)
 * @param location      the person's location, or the external guide's location if known
 * @param role          HiPo, mentor, coach, or mentor and coach
 * @param capacity      for guides, how many HiPos they take on in this program, mentoring and
 *                      coaching together (at least 1); 0 for HiPos
 * @param languages     languages the member can work in, e.g. English, Polish
 * @param availability  how much time the member can give
 * @param capabilities  for a HiPo, the capabilities they need to develop; for a guide, the
 *                      capabilities they can help develop (names, as in the capability library
 *                      or the person's skills)
 * @param reportingLine the directory ids of the person's managers, nearest first, up to the top of
 *                      the organization; empty for external guides
 */
public record RosterMember(UUID id, long version, @Nullable Person person, String displayName, String email,
                           @Nullable String location, RosterRole role, int capacity, List<String> languages,
                           Availability availability, List<String> capabilities, List<UUID> reportingLine) {

    public RosterMember {
        languages = List.copyOf(languages);
        capabilities = List.copyOf(capabilities);
        reportingLine = List.copyOf(reportingLine);
    }

    /** The directory id of an employee; {@code null} for an external guide. */
    public @Nullable UUID personId() {
        return person == null ? null : person.id();
    }

    /** True for a guide who is not an employee of the organization. */
    public boolean external() {
        return person == null;
    }

    /** The employee's function, e.g. Finance; {@code null} for an external guide. */
    public @Nullable String function() {
        return person == null ? null : person.function();
    }

    /** The employee's job level (higher is more senior); {@code null} for an external guide. */
    public @Nullable Integer level() {
        return person == null ? null : person.level();
    }

    /** The editable part of this member. */
    public MemberDraft draft() {
        return person == null
                ? MemberDraft.external(displayName, email, location, role, capacity, languages, availability, capabilities)
                : MemberDraft.employee(person.id(), role, capacity, languages, availability, capabilities);
    }
}
