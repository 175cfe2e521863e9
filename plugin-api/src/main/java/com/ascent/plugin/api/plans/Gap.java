package com.ascent.plugin.api.plans;

import java.util.UUID;

/**
 * A capability the HiPo must develop, from where they stand to where they should be.
 *
 * @param id             its id
 * @param version        optimistic-locking version
 * @param capabilityId   the capability of the organization's library
 * @param capabilityName its name, e.g. "Leading large-scale change"
 * @param currentLevel   where the HiPo stands today (1 to 5)
 * @param targetLevel    where they should be at the end of the program (1 to 5)
 * @param evidence       what the assessment rests on, e.g. a 360 result or the manager's view
 */
public record Gap(UUID id, long version, UUID capabilityId, String capabilityName, int currentLevel, int targetLevel,
                  String evidence) {

    /** The editable part of this gap. */
    public GapDraft draft() {
        return new GapDraft(capabilityId, currentLevel, targetLevel, evidence);
    }
}
