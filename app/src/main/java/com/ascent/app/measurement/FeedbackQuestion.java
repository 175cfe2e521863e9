package com.ascent.app.measurement;

import com.ascent.plugin.api.measurement.Feedback;

/**
 * One question of a feedback round: the {@link Feedback#OVERALL overall} leadership question (no
 * title: its wording is translated) or an objective's behaviour, titled as the objective was when
 * the round was sent.
 */
public record FeedbackQuestion(String key, String title) {

    public boolean overall() {
        return Feedback.OVERALL.equals(key);
    }
}
