package com.ascent.app.people;

import com.ascent.app.text.InputText;
import com.ascent.plugin.api.TextLimits;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks every row of a CSV file against the rules of the directory and names each problem
 * with its line and field. Employee ids must be unique in the file; a manager is named by employee
 * id and must be in the file (anywhere, also further down) or already in the directory; the
 * reporting lines that result must not go round in a circle.
 */
final class ImportValidator {

    private static final int PROGRESS_STEP = 1_000;
    private static final DateTimeFormatter DOTTED_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The rows that passed, and the verdict on the whole file. */
    record Result(List<PersonRow> rows, ImportCheck check) {
    }

    private final ColumnMapping mapping;
    private final DirectorySnapshot directory;
    private final List<ImportProblem> problems = new ArrayList<>();
    private int problemCount;

    private ImportValidator(ColumnMapping mapping, DirectorySnapshot directory) {
        this.mapping = mapping;
        this.directory = directory;
    }

    static Result check(PeopleCsv.Content content, ColumnMapping mapping, DirectorySnapshot directory,
                        ImportProgress progress) {
        return new ImportValidator(mapping, directory).run(content, progress);
    }

    private Result run(PeopleCsv.Content content, ImportProgress progress) {
        if (content.unreadable() != null) {
            report(content.unreadable());
        }
        mapping.missingRequired().forEach(field -> report(ImportProblem.of(1, field, "people.import.error.noColumn")));
        if (!mapping.missingRequired().isEmpty()) {
            return new Result(List.of(), verdict(content.rows().size(), 0, 0));
        }
        List<PeopleCsv.Row> rows = content.rows();
        int total = rows.size();
        progress.update(ImportProgress.Stage.CHECKING, 0, total);
        Map<String, Long> lineOfEmployee = new HashMap<>();
        List<PersonRow> valid = new ArrayList<>(total);
        int updated = 0;
        for (int i = 0; i < total; i++) {
            PeopleCsv.Row row = rows.get(i);
            String employeeId = text(row, PersonField.EMPLOYEE_ID);
            Long earlier = employeeId.isEmpty() ? null : lineOfEmployee.putIfAbsent(employeeId, row.line());
            if (earlier != null) {
                report(ImportProblem.of(row.line(), PersonField.EMPLOYEE_ID, "people.import.error.duplicate", employeeId,
                        Long.toString(earlier)));
            } else if (directory.contains(employeeId)) {
                updated++;
            }
            PersonRow person = parse(row);
            if (person != null && earlier == null) {
                valid.add(person);
            }
            if ((i + 1) % PROGRESS_STEP == 0) {
                progress.update(ImportProgress.Stage.CHECKING, i + 1, total);
            }
        }
        checkManagers(valid, lineOfEmployee.keySet());
        checkReportingLines(valid);
        progress.update(ImportProgress.Stage.CHECKING, total, total);
        int distinctPeople = lineOfEmployee.size();
        return new Result(problemCount == 0 ? valid : List.of(), verdict(total, distinctPeople - updated, updated));
    }

    private ImportCheck verdict(int rows, int newPeople, int updatedPeople) {
        return new ImportCheck(rows, newPeople, updatedPeople, problems, problemCount);
    }

    private void report(ImportProblem problem) {
        problemCount++;
        if (problems.size() < ImportCheck.MAX_LISTED_PROBLEMS) {
            problems.add(problem);
        }
    }

    /** The value of {@code field} in {@code row}, cleaned by the rule for typed text. */
    private String text(PeopleCsv.Row row, PersonField field) {
        return mapping.column(field).map(row::field).map(InputText::line).orElse("");
    }

    /** The row as a person, or {@code null} after reporting what is wrong with it. */
    private @Nullable PersonRow parse(PeopleCsv.Row row) {
        int before = problemCount;
        for (PersonField field : PersonField.values()) {
            int maxLength = field == PersonField.SKILLS ? TextLimits.TEXT_MAX_LENGTH : TextLimits.NAME_MAX_LENGTH;
            int length = text(row, field).length();
            if (length > maxLength) {
                report(ImportProblem.of(row.line(), field, "people.import.error.tooLong", Integer.toString(length),
                        Integer.toString(maxLength)));
            }
        }
        String employeeId = required(row, PersonField.EMPLOYEE_ID);
        String fullName = required(row, PersonField.FULL_NAME);
        String email = required(row, PersonField.EMAIL);
        if (!email.isEmpty() && !PersonRules.isEmail(email)) {
            report(ImportProblem.of(row.line(), PersonField.EMAIL, "people.import.error.email", email));
        }
        String function = required(row, PersonField.FUNCTION);
        String title = required(row, PersonField.TITLE);
        String levelText = required(row, PersonField.LEVEL);
        Integer level = levelText.isEmpty() ? null : integer(levelText);
        if (!levelText.isEmpty() && !PersonRules.isLevel(level)) {
            report(ImportProblem.of(row.line(), PersonField.LEVEL, "people.import.error.level", levelText));
        }
        String manager = text(row, PersonField.MANAGER);
        String location = required(row, PersonField.LOCATION);
        LocalDate hireDate = date(row);
        Integer performance = rating(row, PersonField.PERFORMANCE);
        Integer potential = rating(row, PersonField.POTENTIAL);
        List<String> skills = PersonRules.skills(text(row, PersonField.SKILLS));
        if (problemCount > before || level == null) {
            return null;
        }
        return new PersonRow(row.line(), employeeId, fullName, email, function, title, level,
                manager.isEmpty() ? null : manager, location, hireDate, performance, potential, skills);
    }

    private String required(PeopleCsv.Row row, PersonField field) {
        String value = text(row, field);
        if (value.isEmpty()) {
            report(ImportProblem.of(row.line(), field, "people.import.error.required"));
        }
        return value;
    }

    private @Nullable LocalDate date(PeopleCsv.Row row) {
        String value = text(row, PersonField.HIRE_DATE);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return value.contains(".") ? LocalDate.parse(value, DOTTED_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            report(ImportProblem.of(row.line(), PersonField.HIRE_DATE, "people.import.error.date", value));
            return null;
        }
    }

    /** A rating on the column's scale, read as the 9-box rating it maps onto. */
    private @Nullable Integer rating(PeopleCsv.Row row, PersonField field) {
        String value = text(row, field);
        if (value.isEmpty()) {
            return null;
        }
        RatingMapping scale = mapping.ratingScale(field);
        Optional<Integer> rating = scale.rating(value);
        if (rating.isEmpty()) {
            report(ImportProblem.of(row.line(), field, "people.import.error.ratingScale", value,
                    scale.scale().displayName()));
            return null;
        }
        return rating.get();
    }

    private static @Nullable Integer integer(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void checkManagers(List<PersonRow> rows, Set<String> employeeIdsInFile) {
        for (PersonRow row : rows) {
            String manager = row.managerEmployeeId();
            if (manager == null) {
                continue;
            }
            if (manager.equals(row.employeeId())) {
                report(ImportProblem.of(row.line(), PersonField.MANAGER, "people.import.error.managerSelf", manager));
            } else if (!employeeIdsInFile.contains(manager) && !directory.contains(manager)) {
                report(ImportProblem.of(row.line(), PersonField.MANAGER, "people.import.error.managerUnknown", manager));
            }
        }
    }

    /** Follows each person's reporting line upwards, through the file and the directory, to find circles. */
    private void checkReportingLines(List<PersonRow> rows) {
        Map<String, String> managerOf = new HashMap<>(directory.managers());
        Map<String, PersonRow> inFile = new HashMap<>();
        for (PersonRow row : rows) {
            inFile.put(row.employeeId(), row);
            if (mapping.maps(PersonField.MANAGER)) {
                if (row.managerEmployeeId() == null || row.managerEmployeeId().equals(row.employeeId())) {
                    managerOf.remove(row.employeeId());
                } else {
                    managerOf.put(row.employeeId(), row.managerEmployeeId());
                }
            }
        }
        Set<String> finished = new HashSet<>();
        for (PersonRow row : rows) {
            List<String> path = new ArrayList<>();
            Set<String> onPath = new HashSet<>();
            String current = row.employeeId();
            while (current != null && !finished.contains(current) && onPath.add(current)) {
                path.add(current);
                current = managerOf.get(current);
            }
            if (current != null && onPath.contains(current)) {
                List<String> circle = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
                circle.add(current);
                String shown = String.join(" → ", circle);
                circle.stream().distinct().map(inFile::get).filter(Objects::nonNull)
                        .forEach(member -> report(ImportProblem.of(member.line(), PersonField.MANAGER,
                                "people.import.error.managerCycle", shown)));
            }
            finished.addAll(path);
        }
    }
}
