package com.ascent.app.measurement;

import com.ascent.plugin.api.measurement.FeedbackPhase;
import com.ascent.plugin.api.measurement.FeedbackSummary;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A feedback round as HR sees it: per HiPo how many raters were asked and how many answered, and
 * the results within the anonymity threshold.
 */
public record FeedbackRoundOverview(UUID id, FeedbackPhase phase, Instant sentAt, Instant expiresAt,
                                    List<HipoResponses> hipos) {

    public FeedbackRoundOverview {
        hipos = List.copyOf(hipos);
    }

    /**
     * @param asked    raters asked about the HiPo
     * @param answered raters who submitted
     * @param results  what may be shown of the submitted answers (see FeedbackAnonymity)
     * @param threshold the number of answers from which results are shown
     */
    public record HipoResponses(UUID hipoMemberId, String hipoName, int asked, int answered, FeedbackSummary results,
                                int threshold) {
    }
}
