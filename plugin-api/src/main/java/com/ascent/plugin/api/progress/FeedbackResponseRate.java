package com.ascent.plugin.api.progress;

import com.ascent.plugin.api.measurement.FeedbackPhase;
import java.time.Instant;
import java.util.UUID;

/**
 * How many raters answered a 360 feedback round about one HiPo. The answers themselves are in
 * {@link com.ascent.plugin.api.measurement.MeasurementService#feedbackSummaries()}, within the
 * anonymity threshold.
 *
 * @param roundId  the round
 * @param phase    before or after the program
 * @param sentAt   when the round was sent
 * @param asked    raters asked about the HiPo
 * @param answered raters who submitted their answers
 * @since 1.5.0
 */
public record FeedbackResponseRate(UUID roundId, FeedbackPhase phase, Instant sentAt, int asked, int answered) {
}
