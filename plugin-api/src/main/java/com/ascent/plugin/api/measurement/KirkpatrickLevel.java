package com.ascent.plugin.api.measurement;

/** Kirkpatrick's four levels of evaluating a development program, from the first to the fourth. */
public enum KirkpatrickLevel {
    /** Level 1: how participants experienced the program (engagement, satisfaction). */
    REACTION,
    /** Level 2: what they learned (knowledge, skills, goals of the development plan reached). */
    LEARNING,
    /** Level 3: how their behaviour at work changed (360 feedback, performance rating). */
    BEHAVIOUR,
    /** Level 4: what changed for the business (promotion, retention, business KPIs). */
    RESULTS
}
