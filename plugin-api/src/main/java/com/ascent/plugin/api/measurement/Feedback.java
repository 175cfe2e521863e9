package com.ascent.plugin.api.measurement;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * One response to the program's 360-degree questionnaire about a HiPo, as recorded by HR. Shown to
 * users only through {@link FeedbackSummary}, which keeps raters anonymous.
 *
 * @param id           its id
 * @param version      optimistic-locking version
 * @param hipoMemberId the HiPo's roster member id
 * @param raterRole    the rater's relation to the HiPo
 * @param submittedOn  when it was given
 * @param ratings      answers, 1 (never) to 5 (always), per question key: {@link #OVERALL} for the
 *                     overall leadership question and an objective's id for the behaviour that
 *                     objective develops
 * @param comment      free text, may be empty
 */
public record Feedback(UUID id, long version, UUID hipoMemberId, RaterRole raterRole, LocalDate submittedOn,
                       Map<String, Integer> ratings, String comment) {

    /** The question key of the overall leadership rating every response must answer. */
    public static final String OVERALL = "overall";

    public Feedback {
        ratings = Map.copyOf(ratings);
    }
}
