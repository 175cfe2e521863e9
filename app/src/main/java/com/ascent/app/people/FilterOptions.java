package com.ascent.app.people;

import java.util.List;

/** The values that occur in the directory, offered as filters: functions, locations and levels. */
public record FilterOptions(List<String> functions, List<String> locations, List<Integer> levels) {

    public FilterOptions {
        functions = List.copyOf(functions);
        locations = List.copyOf(locations);
        levels = List.copyOf(levels);
    }
}
