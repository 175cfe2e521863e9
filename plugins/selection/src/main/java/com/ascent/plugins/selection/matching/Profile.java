package com.ascent.plugins.selection.matching;

import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.RosterMember;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What matching knows of a roster member. External guides have no person, function or level.
 *
 * @param memberId      the roster member's id
 * @param personId      the directory id of an employee
 * @param name          the name to show
 * @param function      the employee's function
 * @param level         the employee's job level
 * @param location      where the member works, if known
 * @param languages     languages the member works in
 * @param availability  how much time the member can give
 * @param capabilities  a HiPo's development needs, or what a guide can help develop
 * @param reportingLine the directory ids of the member's managers
 * @param capacity      how many more HiPos a guide can take on; 0 for HiPos
 */
public record Profile(UUID memberId, @Nullable UUID personId, String name, @Nullable String function,
                      @Nullable Integer level, @Nullable String location, List<String> languages,
                      Availability availability, List<String> capabilities, List<UUID> reportingLine, int capacity) {

    public Profile {
        languages = List.copyOf(languages);
        capabilities = List.copyOf(capabilities);
        reportingLine = List.copyOf(reportingLine);
    }

    /** A roster member with {@code capacity} places left. */
    public static Profile of(RosterMember member, int capacity) {
        return new Profile(member.id(), member.personId(), member.displayName(), member.function(), member.level(),
                member.location(), member.languages(), member.availability(), member.capabilities(),
                member.reportingLine(), capacity);
    }
}
