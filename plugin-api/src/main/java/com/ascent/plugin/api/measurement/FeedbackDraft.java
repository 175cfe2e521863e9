package com.ascent.plugin.api.measurement;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A response as entered. Refused when the member is not a HiPo of the program, the
 * {@link Feedback#OVERALL overall} rating is missing, or a rating is outside 1 to 5.
 *
 * @param hipoMemberId the HiPo's roster member id
 * @param raterRole    who gave it
 * @param submittedOn  when
 * @param ratings      answers per question key (see {@link Feedback#ratings()})
 * @param comment      free text, may be empty
 */
public record FeedbackDraft(UUID hipoMemberId, RaterRole raterRole, LocalDate submittedOn,
                            Map<String, Integer> ratings, String comment) {

    public FeedbackDraft {
        ratings = Map.copyOf(ratings);
    }
}
