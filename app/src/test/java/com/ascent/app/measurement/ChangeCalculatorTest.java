package com.ascent.app.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.plugin.api.measurement.GroupChange;
import com.ascent.plugin.api.measurement.Observation;
import com.ascent.plugin.api.measurement.Phase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Before/after deltas and the comparison group. */
class ChangeCalculatorTest {

    private static final UUID METRIC = UUID.randomUUID();
    private static final LocalDate JANUARY = LocalDate.of(2027, 1, 15);
    private static final LocalDate JULY = LocalDate.of(2027, 7, 15);
    private static final LocalDate DECEMBER = LocalDate.of(2027, 12, 15);

    @Test
    void theChangeIsTheMeanFollowUpMinusTheMeanBaselineOfPeopleWithBoth() {
        UUID ana = UUID.randomUUID();
        UUID ben = UUID.randomUUID();
        UUID leftEarly = UUID.randomUUID();
        GroupChange change = ChangeCalculator.change(List.of(
                value(ana, Phase.BASELINE, JANUARY, "3"), value(ana, Phase.FOLLOW_UP, DECEMBER, "4"),
                value(ben, Phase.BASELINE, JANUARY, "2"), value(ben, Phase.FOLLOW_UP, DECEMBER, "4"),
                value(leftEarly, Phase.BASELINE, JANUARY, "1")));

        assertThat(change.people()).isEqualTo(2);
        assertThat(change.baseline()).isEqualByComparingTo("2.5");
        assertThat(change.followUp()).isEqualByComparingTo("4");
        assertThat(change.change()).isEqualByComparingTo("1.5");
    }

    @Test
    void theLatestFollowUpCounts() {
        UUID ana = UUID.randomUUID();
        GroupChange change = ChangeCalculator.change(List.of(value(ana, Phase.BASELINE, JANUARY, "3"),
                value(ana, Phase.FOLLOW_UP, DECEMBER, "5"), value(ana, Phase.FOLLOW_UP, JULY, "3.5")));

        assertThat(change.change()).isEqualByComparingTo("2");
    }

    @Test
    void theNetChangeSubtractsWhatTheComparisonGroupGainedAnyway() {
        UUID hipo = UUID.randomUUID();
        UUID outsider = UUID.randomUUID();
        GroupChange participants = ChangeCalculator.change(List.of(value(hipo, Phase.BASELINE, JANUARY, "3"),
                value(hipo, Phase.FOLLOW_UP, DECEMBER, "4.2")));
        GroupChange comparison = ChangeCalculator.change(List.of(value(outsider, Phase.BASELINE, JANUARY, "3"),
                value(outsider, Phase.FOLLOW_UP, DECEMBER, "3.4")));

        assertThat(ChangeCalculator.netChange(participants, comparison)).isEqualByComparingTo("0.8");
        assertThat(ChangeCalculator.netChange(participants, GroupChange.none())).isNull();
    }

    @Test
    void noOneWithBothValuesMeansNoChangeYet() {
        GroupChange change = ChangeCalculator.change(List.of(value(UUID.randomUUID(), Phase.BASELINE, JANUARY, "3")));

        assertThat(change).isEqualTo(GroupChange.none());
    }

    private static Observation value(UUID person, Phase phase, LocalDate on, String value) {
        return new Observation(UUID.randomUUID(), 1, METRIC, person, "Someone", on, phase, new BigDecimal(value), false);
    }
}
