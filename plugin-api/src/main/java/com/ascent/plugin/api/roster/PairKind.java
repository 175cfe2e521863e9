package com.ascent.plugin.api.roster;

/** What a guide does for a HiPo in a pair. */
public enum PairKind {
    /** A mentor shares experience and perspective. */
    MENTORING,
    /** A coach develops specific capabilities. */
    COACHING
}
