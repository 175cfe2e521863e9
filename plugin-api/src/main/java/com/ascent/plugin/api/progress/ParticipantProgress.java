package com.ascent.plugin.api.progress;

import java.util.List;
import java.util.UUID;

/**
 * How one HiPo of the program takes part.
 *
 * @param hipoMemberId    the HiPo's roster member id
 * @param hipoName        the HiPo's name
 * @param sessionsPlanned sessions of the HiPo's pairs in the calendar (held, cancelled or still to come)
 * @param sessionsHeld    of those, the sessions held
 * @param goals           goals of the HiPo's development plan
 * @param goalsUpdated    of those, the goals whose progress was recorded at least once
 * @param feedbackRounds  the 360 feedback rounds about the HiPo, newest first, with their response rates
 * @since 1.5.0
 */
public record ParticipantProgress(UUID hipoMemberId, String hipoName, int sessionsPlanned, int sessionsHeld,
                                  int goals, int goalsUpdated, List<FeedbackResponseRate> feedbackRounds) {

    public ParticipantProgress {
        feedbackRounds = List.copyOf(feedbackRounds);
    }
}
