package com.ascent.app.people;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What HR enters to add or change a person; {@code timeZone} is an IANA zone id, or null (or blank)
 * for the organization's zone. Text is taken as typed; the directory trims it and
 * checks it before storing anything.
 */
public record PersonDraft(String employeeId, String fullName, String email, String function, String title,
                          @Nullable Integer level, @Nullable UUID managerId, String location,
                          @Nullable LocalDate hireDate, @Nullable Integer performance, @Nullable Integer potential,
                          List<String> skills, @Nullable String timeZone) {

    public PersonDraft {
        skills = List.copyOf(skills);
    }

    /** A person who works in the organization's time zone. */
    public PersonDraft(String employeeId, String fullName, String email, String function, String title,
                       @Nullable Integer level, @Nullable UUID managerId, String location,
                       @Nullable LocalDate hireDate, @Nullable Integer performance, @Nullable Integer potential,
                       List<String> skills) {
        this(employeeId, fullName, email, function, title, level, managerId, location, hireDate, performance,
                potential, skills, null);
    }

    /** The draft that edits {@code entry} as it is. */
    public static PersonDraft of(PersonEntry entry) {
        var p = entry.person();
        return new PersonDraft(p.employeeId(), p.fullName(), p.email(), p.function(), p.title(), p.level(),
                p.managerId(), p.location(), p.hireDate(), p.performance(), p.potential(), p.skills(),
                p.timeZone() == null ? null : p.timeZone().getId());
    }
}
