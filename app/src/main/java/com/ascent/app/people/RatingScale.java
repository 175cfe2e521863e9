package com.ascent.app.people;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A scale in which an HRIS writes performance or potential, from its lowest point to its highest.
 * Each point lists the ways it is written (lower case); numbers also match with leading zeros or
 * a zero decimal ("04", "4.0"). The 9-box scale of the directory is {@link #NINE_BOX}.
 */
public enum RatingScale {
    /** The directory's own scale: 1 low, 2 moderate, 3 high, as numbers or words. */
    NINE_BOX(List.of(List.of("1", "low"), List.of("2", "moderate", "medium", "mid"), List.of("3", "high"))),
    ONE_TO_FOUR(numbers(4)),
    ONE_TO_FIVE(numbers(5)),
    ONE_TO_TEN(numbers(10)),
    BELOW_MEETS_EXCEEDS(List.of(List.of("below", "below expectations"), List.of("meets", "meets expectations"),
            List.of("exceeds", "exceeds expectations"))),
    NISKI_SREDNI_WYSOKI(List.of(List.of("niski", "niska", "nisko"), List.of("średni", "średnia", "sredni", "srednia"),
            List.of("wysoki", "wysoka", "wysoko")));

    private final List<List<String>> points;

    RatingScale(List<List<String>> points) {
        this.points = points;
    }

    private static List<List<String>> numbers(int highest) {
        return IntStream.rangeClosed(1, highest).mapToObj(n -> List.of(Integer.toString(n))).toList();
    }

    /** How many points the scale has. */
    public int size() {
        return points.size();
    }

    /** The point's name as HR reads it, e.g. "4" or "meets". */
    public String pointName(int point) {
        return points.get(point).getFirst();
    }

    /** The scale as HR reads it: "1-5" or "below / meets / exceeds". */
    public String displayName() {
        return pointName(0).chars().allMatch(Character::isDigit)
                ? pointName(0) + "-" + pointName(size() - 1)
                : String.join(" / ", IntStream.range(0, size()).mapToObj(this::pointName).toList());
    }

    /** The point (0 = lowest) that {@code value} names on this scale, ignoring case and spaces. */
    public OptionalInt pointOf(String value) {
        String normal = normalize(value);
        return IntStream.range(0, size()).filter(i -> points.get(i).contains(normal)).findFirst();
    }

    /**
     * The scale of a column from the distinct values found in it: the one on which most of them lie,
     * and of those {@code preferred} (the organization's own scale), then the first (the 9-box scale,
     * then the shorter numeric scales), so that a column of 1 to 3 stays on the organization's scale
     * and one that reaches 5 is read as 1-5. Values off the chosen scale are refused later with their line.
     */
    public static RatingScale detect(Collection<String> values, RatingScale preferred) {
        List<String> given = values.stream().filter(v -> !v.isBlank()).toList();
        return Stream.of(values())
                .max(Comparator.comparingLong((RatingScale scale) -> given.stream()
                                .filter(v -> scale.pointOf(v).isPresent()).count())
                        .thenComparing(scale -> scale == preferred)
                        .thenComparing(scale -> -scale.ordinal()))
                .orElseThrow();
    }

    /** The numeric scale from 1 to {@code highest} (3, 4 or 5): the 9-box scale for 3. */
    public static RatingScale oneTo(int highest) {
        return switch (highest) {
            case 3 -> NINE_BOX;
            case 4 -> ONE_TO_FOUR;
            case 5 -> ONE_TO_FIVE;
            default -> throw new IllegalArgumentException("No 9-box scale from 1 to " + highest);
        };
    }

    private static String normalize(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (text.matches("\\d{1,9}(\\.0+)?")) {
            return Integer.toString(Integer.parseInt(text.replaceFirst("\\.0+$", "")));
        }
        return text;
    }
}
