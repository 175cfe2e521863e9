package com.ascent.app.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * How a rating column's scale maps onto the directory's 9-box scale: {@code ratings.get(i)} is the
 * 9-box rating (1 low, 2 moderate, 3 high) of the scale's point {@code i} (0 = lowest).
 */
public record RatingMapping(RatingScale scale, List<Integer> ratings) {

    /** The 9-box scale read as it is. */
    public static final RatingMapping NINE_BOX = proposed(RatingScale.NINE_BOX);

    public RatingMapping {
        ratings = List.copyOf(ratings);
        if (ratings.size() != scale.size() || !ratings.stream().allMatch(PersonRules::isRating)) {
            throw new IllegalArgumentException("one 9-box rating per point of " + scale + ": " + ratings);
        }
    }

    /**
     * The mapping HR starts from: the scale cut into a low, a middle and a high band, the outer bands
     * a third of the points each, rounded (1-4: 1 | 2-3 | 4; 1-5: 1-2 | 3 | 4-5; 1-10: 1-3 | 4-7 | 8-10).
     */
    public static RatingMapping proposed(RatingScale scale) {
        int points = scale.size();
        int outer = (int) Math.round(points / 3.0);
        return new RatingMapping(scale, IntStream.range(0, points)
                .mapToObj(p -> p < outer ? PersonRules.LOWEST_RATING
                        : p >= points - outer ? PersonRules.HIGHEST_RATING : PersonRules.LOWEST_RATING + 1)
                .toList());
    }

    /** The 9-box rating of {@code value}; empty when the value is not on the scale. */
    public Optional<Integer> rating(String value) {
        return scale.pointOf(value).stream().mapToObj(ratings::get).findFirst();
    }

    /** This mapping with the scale's {@code point} read as {@code rating}. */
    public RatingMapping with(int point, int rating) {
        List<Integer> changed = new ArrayList<>(ratings);
        changed.set(point, rating);
        return new RatingMapping(scale, changed);
    }
}
