package com.ascent.app.people;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One checked person on their way into the directory, from a CSV file or the sample
 * organization; the manager is named by employee id, as files do.
 */
record PersonRow(long line, String employeeId, String fullName, String email, String function, String title,
                 int level, @Nullable String managerEmployeeId, String location, @Nullable LocalDate hireDate,
                 @Nullable Integer performance, @Nullable Integer potential, List<String> skills) {

    PersonRow {
        skills = List.copyOf(skills);
    }
}
