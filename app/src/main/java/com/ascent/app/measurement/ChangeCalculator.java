package com.ascent.app.measurement;

import com.ascent.plugin.api.measurement.GroupChange;
import com.ascent.plugin.api.measurement.Observation;
import com.ascent.plugin.api.measurement.Phase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Before and after of one metric for one group: each person's latest baseline against their latest
 * follow-up; only people with both count, so that someone who left does not distort the mean.
 */
final class ChangeCalculator {

    private ChangeCalculator() {
    }

    /** The change of the group whose values are {@code observations} (one metric). */
    static GroupChange change(List<Observation> observations) {
        Map<UUID, List<Observation>> byPerson = observations.stream()
                .collect(Collectors.groupingBy(Observation::personId));
        BigDecimal baselineSum = BigDecimal.ZERO;
        BigDecimal followUpSum = BigDecimal.ZERO;
        int people = 0;
        for (List<Observation> values : byPerson.values()) {
            Optional<BigDecimal> baseline = latest(values, Phase.BASELINE);
            Optional<BigDecimal> followUp = latest(values, Phase.FOLLOW_UP);
            if (baseline.isPresent() && followUp.isPresent()) {
                baselineSum = baselineSum.add(baseline.get());
                followUpSum = followUpSum.add(followUp.get());
                people++;
            }
        }
        if (people == 0) {
            return GroupChange.none();
        }
        BigDecimal baseline = mean(baselineSum, people);
        BigDecimal followUp = mean(followUpSum, people);
        return new GroupChange(people, baseline, followUp, followUp.subtract(baseline));
    }

    /** What the program changed: the participants' change minus the comparison group's. */
    static @Nullable BigDecimal netChange(GroupChange participants, GroupChange comparison) {
        if (participants.change() == null || comparison.change() == null) {
            return null;
        }
        return participants.change().subtract(comparison.change());
    }

    private static Optional<BigDecimal> latest(List<Observation> values, Phase phase) {
        return values.stream().filter(o -> o.phase() == phase)
                .max(Comparator.comparing(Observation::observedOn))
                .map(Observation::value);
    }

    private static BigDecimal mean(BigDecimal sum, int count) {
        return sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
