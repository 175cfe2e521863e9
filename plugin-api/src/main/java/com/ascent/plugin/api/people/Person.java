package com.ascent.plugin.api.people;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An employee of the organization.
 *
 * @param id                the person's id in Ascent
 * @param employeeId        the organization's own employee number
 * @param fullName          first and last name
 * @param email             work e-mail address
 * @param function          function or department, e.g. Finance
 * @param title             job title
 * @param level             job level; a higher number is more senior
 * @param managerId         Ascent id of the person's manager, if any
 * @param location          office or country
 * @param hireDate          when the person joined
 * @param performance       performance rating on the 9-box scale (1 low, 2 moderate, 3 high)
 * @param potential         potential rating on the 9-box scale (1 low, 2 moderate, 3 high)
 * @param skills            skills and strengths
 * @param timeZone          the zone the person works in, e.g. Europe/Warsaw; {@code null} when the
 *                          organization's zone applies (since 1.4.0)
 */
public record Person(UUID id, String employeeId, String fullName, String email, String function, String title,
                     int level, @Nullable UUID managerId, String location, @Nullable LocalDate hireDate,
                     @Nullable Integer performance, @Nullable Integer potential, List<String> skills,
                     @Nullable ZoneId timeZone) {

    public Person {
        skills = List.copyOf(skills);
    }

    /** A person of plugin API 1.3 and before, in the organization's time zone. */
    public Person(UUID id, String employeeId, String fullName, String email, String function, String title,
                  int level, @Nullable UUID managerId, String location, @Nullable LocalDate hireDate,
                  @Nullable Integer performance, @Nullable Integer potential, List<String> skills) {
        this(id, employeeId, fullName, email, function, title, level, managerId, location, hireDate, performance,
                potential, skills, null);
    }
}
