package com.ascent.app.people;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules a person's data must follow, shared by the form (one person) and the CSV import
 * (many): both refuse the same values, each words its message for its own screen.
 */
final class PersonRules {

    static final int LOWEST_LEVEL = 1;
    static final int HIGHEST_LEVEL = 20;
    static final int LOWEST_RATING = 1;
    static final int HIGHEST_RATING = 3;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern SKILL_SEPARATORS = Pattern.compile("[,;|]");

    private PersonRules() {
    }

    static boolean isEmail(String value) {
        return EMAIL.matcher(value).matches();
    }

    static boolean isLevel(@Nullable Integer level) {
        return level != null && level >= LOWEST_LEVEL && level <= HIGHEST_LEVEL;
    }

    /** A rating is optional; when given it is 1 (low), 2 (moderate) or 3 (high). */
    static boolean isRating(@Nullable Integer rating) {
        return rating == null || rating >= LOWEST_RATING && rating <= HIGHEST_RATING;
    }

    /** Skills as people type them: separated by commas, semicolons or bars; blanks and repeats dropped. */
    static List<String> skills(String text) {
        return Arrays.stream(SKILL_SEPARATORS.split(text)).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
    }

    /** Skills from a list, cleaned the same way. */
    static List<String> skills(List<String> skills) {
        return skills.stream().flatMap(s -> skills(s).stream()).distinct().toList();
    }
}
