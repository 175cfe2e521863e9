package com.ascent.plugin.api.measurement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What may be shown of a HiPo's feedback without exposing a rater. Below the anonymity threshold
 * nothing but the number of responses is shown; a rater group's average is shown only when that
 * group alone reaches the threshold.
 *
 * @param hipoMemberId   the HiPo's roster member id
 * @param hipoName       the HiPo's name
 * @param responses      how many responses were recorded
 * @param visible        true when {@code responses} reaches the anonymity threshold
 * @param overallAverage the average overall rating, {@code null} when not visible
 * @param byRole         average overall rating per rater group that reaches the threshold
 * @param comments       the comments, in no particular order, empty when not visible
 */
public record FeedbackSummary(UUID hipoMemberId, String hipoName, int responses, boolean visible,
                              @Nullable BigDecimal overallAverage, Map<RaterRole, BigDecimal> byRole,
                              List<String> comments) {

    public FeedbackSummary {
        byRole = Map.copyOf(byRole);
        comments = List.copyOf(comments);
    }
}
