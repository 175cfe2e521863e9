package com.ascent.app.people;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of a CSV file (0-based) feeds which field of a person, and how the scale of each
 * rating column maps onto the 9-box scale (the 9-box scale itself when not said). A field without
 * a column is left as it is for people already in the directory, and empty for new ones.
 */
public record ColumnMapping(Map<PersonField, Integer> columns, Map<PersonField, RatingMapping> ratingScales) {

    public ColumnMapping {
        EnumMap<PersonField, Integer> copy = new EnumMap<>(PersonField.class);
        copy.putAll(columns);
        columns = Collections.unmodifiableMap(copy);
        EnumMap<PersonField, RatingMapping> scales = new EnumMap<>(PersonField.class);
        scales.putAll(ratingScales);
        ratingScales = Collections.unmodifiableMap(scales);
    }

    /** The columns, with every rating read on the 9-box scale. */
    public ColumnMapping(Map<PersonField, Integer> columns) {
        this(columns, Map.of());
    }

    /** The mapping guessed from the header row: each field takes the first column whose header names it. */
    public static ColumnMapping detect(List<String> headers) {
        Map<PersonField, Integer> columns = new EnumMap<>(PersonField.class);
        for (PersonField field : PersonField.values()) {
            for (int i = 0; i < headers.size(); i++) {
                if (field.recognises(headers.get(i)) && !columns.containsValue(i)) {
                    columns.put(field, i);
                    break;
                }
            }
        }
        return new ColumnMapping(columns);
    }

    public Optional<Integer> column(PersonField field) {
        return Optional.ofNullable(columns.get(field));
    }

    public boolean maps(PersonField field) {
        return columns.containsKey(field);
    }

    /** This mapping with {@code field} read from {@code column}, or from no column when it is empty. */
    public ColumnMapping with(PersonField field, Optional<Integer> column) {
        Map<PersonField, Integer> changed = new EnumMap<>(PersonField.class);
        changed.putAll(columns);
        column.ifPresentOrElse(c -> changed.put(field, c), () -> changed.remove(field));
        return new ColumnMapping(changed, ratingScales);
    }

    /** How the rating column of {@code field} is read onto the 9-box scale. */
    public RatingMapping ratingScale(PersonField field) {
        return ratingScales.getOrDefault(field, RatingMapping.NINE_BOX);
    }

    /** This mapping with the rating column of {@code field} read through {@code scale}. */
    public ColumnMapping withRatingScale(PersonField field, RatingMapping scale) {
        Map<PersonField, RatingMapping> changed = new EnumMap<>(PersonField.class);
        changed.putAll(ratingScales);
        changed.put(field, scale);
        return new ColumnMapping(columns, changed);
    }

    /** The required fields that no column feeds. */
    public List<PersonField> missingRequired() {
        return Arrays.stream(PersonField.values()).filter(PersonField::required)
                .filter(f -> !maps(f)).toList();
    }
}
