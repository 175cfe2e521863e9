package com.ascent.app.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.plugin.api.measurement.Feedback;
import com.ascent.plugin.api.measurement.FeedbackSummary;
import com.ascent.plugin.api.measurement.RaterRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** No per-rater view below the anonymity threshold. */
class FeedbackAnonymityTest {

    private static final UUID HIPO = UUID.randomUUID();

    @Test
    void belowTheThresholdOnlyTheNumberOfResponsesIsShown() {
        FeedbackSummary summary = FeedbackAnonymity.summarize(HIPO, "Ana",
                List.of(response(RaterRole.MENTOR, 4, "Listens well"), response(RaterRole.DIRECT_REPORT, 2, "Rarely")), 3);

        assertThat(summary.responses()).isEqualTo(2);
        assertThat(summary.visible()).isFalse();
        assertThat(summary.overallAverage()).isNull();
        assertThat(summary.byRole()).isEmpty();
        assertThat(summary.comments()).isEmpty();
    }

    @Test
    void atTheThresholdTheAverageAndCommentsAreShownButNoSmallGroup() {
        FeedbackSummary summary = FeedbackAnonymity.summarize(HIPO, "Ana", List.of(
                response(RaterRole.MENTOR, 5, "Takes the lead"), response(RaterRole.DIRECT_REPORT, 4, ""),
                response(RaterRole.DIRECT_REPORT, 3, "Delegates more")), 3);

        assertThat(summary.visible()).isTrue();
        assertThat(summary.overallAverage()).isEqualByComparingTo("4");
        assertThat(summary.byRole()).as("two direct reports and one mentor are too few to show apart").isEmpty();
        assertThat(summary.comments()).containsExactlyInAnyOrder("Takes the lead", "Delegates more");
    }

    @Test
    void aGroupReachingTheThresholdIsShownApart() {
        FeedbackSummary summary = FeedbackAnonymity.summarize(HIPO, "Ana", List.of(
                response(RaterRole.DIRECT_REPORT, 4, ""), response(RaterRole.DIRECT_REPORT, 4, ""),
                response(RaterRole.DIRECT_REPORT, 5, ""), response(RaterRole.MANAGER, 2, "")), 3);

        assertThat(summary.byRole()).containsOnlyKeys(RaterRole.DIRECT_REPORT);
        assertThat(summary.byRole().get(RaterRole.DIRECT_REPORT)).isEqualByComparingTo("4.33");
        assertThat(summary.overallAverage()).isEqualByComparingTo("3.75");
    }

    private static Feedback response(RaterRole role, int overall, String comment) {
        return new Feedback(UUID.randomUUID(), 1, HIPO, role, LocalDate.of(2027, 12, 1), Map.of(Feedback.OVERALL, overall),
                comment);
    }
}
