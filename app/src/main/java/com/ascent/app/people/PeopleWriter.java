package com.ascent.app.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;

/**
 * Puts checked rows into the directory in one go: gives new people their ids, turns managers'
 * employee ids into person ids (the manager may be further down the file or already in the
 * directory) and writes managers before the people who report to them, so that every row's
 * manager exists when the row arrives. Runs in the caller's transaction.
 */
@Component
class PeopleWriter {

    private static final Set<PersonField> OPTIONAL_FIELDS = EnumSet.of(PersonField.MANAGER, PersonField.HIRE_DATE,
            PersonField.PERFORMANCE, PersonField.POTENTIAL, PersonField.SKILLS);

    private final PersonBulkRepository bulk;

    PeopleWriter(PersonBulkRepository bulk) {
        this.bulk = bulk;
    }

    /**
     * Writes {@code rows}, which passed {@link ImportValidator} against {@code directory}.
     *
     * @param mapped the fields the rows carry; optional fields outside it keep their stored values
     */
    void write(UUID organizationId, List<PersonRow> rows, DirectorySnapshot directory,
               Set<PersonField> mapped, boolean sample, IntConsumer savedSoFar) {
        Map<String, UUID> ids = new HashMap<>(directory.ids());
        Map<String, PersonRow> inFile = new HashMap<>();
        for (PersonRow row : rows) {
            ids.computeIfAbsent(row.employeeId(), id -> UUID.randomUUID());
            inFile.put(row.employeeId(), row);
        }
        Map<String, Integer> depth = new HashMap<>();
        List<ResolvedPerson> resolved = new ArrayList<>(rows.size());
        for (PersonRow row : rows) {
            depth(row, inFile, depth);
            String manager = row.managerEmployeeId();
            resolved.add(new ResolvedPerson(ids.get(row.employeeId()), manager == null ? null : ids.get(manager), row));
        }
        resolved.sort(Comparator.comparingInt(p -> depth.get(p.row().employeeId())));
        Set<PersonField> optional = EnumSet.noneOf(PersonField.class);
        mapped.stream().filter(OPTIONAL_FIELDS::contains).forEach(optional::add);
        bulk.write(organizationId, resolved, optional, sample, savedSoFar);
    }

    /** How many managers above this row are in the same file (the reporting lines have no circles). */
    private static int depth(PersonRow row, Map<String, PersonRow> inFile, Map<String, Integer> depth) {
        List<PersonRow> unknown = new ArrayList<>();
        PersonRow current = row;
        while (current != null && !depth.containsKey(current.employeeId())) {
            unknown.add(current);
            current = current.managerEmployeeId() == null ? null : inFile.get(current.managerEmployeeId());
        }
        int base = current == null ? -1 : depth.get(current.employeeId());
        for (int i = unknown.size() - 1; i >= 0; i--) {
            depth.put(unknown.get(i).employeeId(), ++base);
        }
        return depth.get(row.employeeId());
    }
}
