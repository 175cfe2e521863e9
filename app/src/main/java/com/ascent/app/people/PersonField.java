package com.ascent.app.people;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The fields of a person that a CSV file can fill, in the order of the sample file. Each knows
 * the header it has in the sample file and the other headers spreadsheets commonly use for it,
 * so that columns are recognised without the user's help.
 */
public enum PersonField {
    EMPLOYEE_ID(true, "employee_id", "employeeid", "empid", "employeenumber", "employeeno", "personnelnumber",
            "staffid", "staffnumber", "id"),
    FULL_NAME(true, "name", "fullname", "employeename", "displayname"),
    EMAIL(true, "email", "emailaddress", "mail", "workemail", "businessemail"),
    FUNCTION(true, "function", "department", "dept", "businessunit", "team"),
    TITLE(true, "title", "jobtitle", "position", "role"),
    LEVEL(true, "level", "joblevel", "grade", "band"),
    MANAGER(false, "manager_employee_id", "manageremployeeid", "managerid", "manager", "reportsto",
            "linemanager", "supervisor"),
    LOCATION(true, "location", "office", "site", "country", "city"),
    HIRE_DATE(false, "hire_date", "hiredate", "startdate", "joined", "joindate", "dateofhire", "hired"),
    PERFORMANCE(false, "performance", "performancerating", "perf", "perfrating", "performancescore",
            "performancelevel", "lastperformancerating"),
    POTENTIAL(false, "potential", "potentialrating", "potentialscore", "potentiallevel"),
    SKILLS(false, "skills", "skill", "competencies", "strengths");

    private final boolean required;
    private final String sampleHeader;
    private final List<String> knownHeaders;

    PersonField(boolean required, String sampleHeader, String... otherHeaders) {
        this.required = required;
        this.sampleHeader = sampleHeader;
        this.knownHeaders = Stream.concat(Stream.of(normalize(sampleHeader)), Arrays.stream(otherHeaders)).toList();
    }

    /** Whether every row must have a value for this field. */
    public boolean required() {
        return required;
    }

    /** Whether the field is a rating, read onto the 9-box scale from whatever scale the file uses. */
    public boolean rating() {
        return this == PERFORMANCE || this == POTENTIAL;
    }

    /** The column header of this field in the sample file. */
    public String sampleHeader() {
        return sampleHeader;
    }

    /** The translation key of the field's name. */
    public String labelKey() {
        return "people.field." + name();
    }

    /** Whether a CSV header names this field, ignoring case, spaces and punctuation. */
    boolean recognises(String header) {
        return knownHeaders.contains(normalize(header));
    }

    private static String normalize(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
