package com.ascent.plugin.api.measurement;

/** Who gave a piece of 360-degree feedback about a HiPo. */
public enum RaterRole {
    MENTOR,
    COACH,
    MANAGER,
    PEER,
    DIRECT_REPORT,
    SELF
}
