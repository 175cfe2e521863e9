package com.ascent.app.people;

/** The order of a directory page; ties are broken by name. */
public record PeopleSort(Column column, boolean descending) {

    /** The columns a directory page can be sorted by. */
    public enum Column {
        NAME, EMPLOYEE_ID, FUNCTION, TITLE, LEVEL, LOCATION, HIRE_DATE
    }

    /** Alphabetical by name, the directory's natural order. */
    public static PeopleSort byName() {
        return new PeopleSort(Column.NAME, false);
    }
}
