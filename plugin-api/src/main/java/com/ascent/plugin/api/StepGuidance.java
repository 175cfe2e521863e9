package com.ascent.plugin.api;

/**
 * The short guidance panel shown beside a step, in the user's language.
 *
 * @param why          why this step matters for the program
 * @param goodLooksLike what a good result of this step looks like
 * @param example      a concrete example from a realistic program
 */
public record StepGuidance(String why, String goodLooksLike, String example) {
}
