package com.ascent.app.measurement;

import com.ascent.plugin.api.measurement.RaterRole;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the rater of a feedback link sees: about whom, as whom, the questions, their own draft and
 * nothing of anyone else's answers.
 *
 * @param state    whether the link may still be answered
 * @param language the rater's language (their account's choice, else the organization's default)
 */
public record RaterForm(State state, String organizationName, String hipoName, RaterRole role,
                        List<FeedbackQuestion> questions, Map<String, Integer> draft, String comment,
                        Instant expiresAt, Locale language) {

    public RaterForm {
        questions = List.copyOf(questions);
        draft = Map.copyOf(draft);
    }

    /** A link is open until submitted or expired. */
    public enum State {
        OPEN,
        EXPIRED,
        USED
    }
}
