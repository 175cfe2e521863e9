package com.ascent.app.mail;

import java.util.EnumSet;
import java.util.Set;

/**
 * An organization's reminder rules: which are on, and their days.
 *
 * @param enabled            the rules that run
 * @param sessionSoonDays    SESSION_SOON: how many days before a session
 * @param feedbackFirstDays  FEEDBACK_AWAITED: days after the request for the first reminder
 * @param feedbackSecondDays FEEDBACK_AWAITED: days after the request for the second reminder
 * @param pairStalledWeeks   PAIR_STALLED: weeks without a held session
 * @param version            for optimistic locking (0: the organization kept the defaults)
 */
public record ReminderSettings(Set<ReminderKind> enabled, int sessionSoonDays, int feedbackFirstDays,
                               int feedbackSecondDays, int pairStalledWeeks, long version) {

    /** What an organization that changed nothing runs. */
    public static final ReminderSettings DEFAULTS = new ReminderSettings(EnumSet.allOf(ReminderKind.class), 2, 3, 7, 6, 0);

    public ReminderSettings {
        enabled = Set.copyOf(enabled);
    }

    public boolean isOn(ReminderKind kind) {
        return enabled.contains(kind);
    }
}
