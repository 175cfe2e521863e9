package com.ascent.app.people;

import java.util.Map;
import java.util.UUID;

/**
 * Who is in the directory before an import: each employee id with the person's id and their
 * manager's employee id (when they have a manager).
 */
record DirectorySnapshot(Map<String, UUID> ids, Map<String, String> managers) {

    boolean contains(String employeeId) {
        return ids.containsKey(employeeId);
    }
}
