package com.ascent.app.measurement;

import com.ascent.plugin.api.measurement.Feedback;
import com.ascent.plugin.api.measurement.FeedbackSummary;
import com.ascent.plugin.api.measurement.RaterRole;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What may be shown of a HiPo's feedback: nothing but the count below the anonymity threshold, and
 * a rater group's average only when that group alone reaches it (two direct reports are never
 * shown apart from the others, or each could be recognised).
 */
final class FeedbackAnonymity {

    private FeedbackAnonymity() {
    }

    static FeedbackSummary summarize(UUID hipoMemberId, String hipoName, List<Feedback> responses, int threshold) {
        if (responses.size() < threshold) {
            return new FeedbackSummary(hipoMemberId, hipoName, responses.size(), false, null, Map.of(), List.of());
        }
        Map<RaterRole, BigDecimal> byRole = new EnumMap<>(RaterRole.class);
        responses.stream().collect(Collectors.groupingBy(Feedback::raterRole)).forEach((role, group) -> {
            if (group.size() >= threshold) {
                byRole.put(role, averageOverall(group));
            }
        });
        List<String> comments = responses.stream().map(Feedback::comment).filter(c -> !c.isBlank()).sorted().toList();
        return new FeedbackSummary(hipoMemberId, hipoName, responses.size(), true, averageOverall(responses), byRole,
                comments);
    }

    private static BigDecimal averageOverall(List<Feedback> responses) {
        int sum = responses.stream().mapToInt(f -> f.ratings().get(Feedback.OVERALL)).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(responses.size()), 2, RoundingMode.HALF_UP);
    }
}
