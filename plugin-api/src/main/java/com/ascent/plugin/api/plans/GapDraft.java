package com.ascent.plugin.api.plans;

import java.util.UUID;

/**
 * The editable part of a development gap.
 *
 * @param capabilityId the capability of the organization's library the HiPo must grow in
 * @param currentLevel where the HiPo stands today, {@value #MIN_LEVEL} to {@value #MAX_LEVEL}
 * @param targetLevel  where they should be at the end of the program, not below {@code currentLevel}
 * @param evidence     what the assessment rests on, e.g. "360 feedback, March: peers rate change
 *                     leadership 2 of 5"
 */
public record GapDraft(UUID capabilityId, int currentLevel, int targetLevel, String evidence) {

    /** The lowest level of the scale. */
    public static final int MIN_LEVEL = 1;
    /** The highest level of the scale. */
    public static final int MAX_LEVEL = 5;
}
