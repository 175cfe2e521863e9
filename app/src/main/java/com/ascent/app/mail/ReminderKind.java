package com.ascent.app.mail;

/** The reminders Ascent sends, each a rule an administrator can switch off per organization. */
public enum ReminderKind {
    /** A session of one's pair in N days (to both of the pair). */
    SESSION_SOON,
    /** An open action item past its due date (to its owner). */
    ACTION_ITEM_OVERDUE,
    /** A 360 feedback request not yet answered after 3 and 7 days (to the rater). */
    FEEDBACK_AWAITED,
    /** A pair with no held session for N weeks (to the organization's HR users and administrators). */
    PAIR_STALLED
}
