package com.ascent.plugin.api.objectives;

import java.util.UUID;

/**
 * A statement of the organization's leadership strategy or business priorities that program
 * objectives align with.
 *
 * @param id      its id
 * @param version optimistic-locking version
 * @param kind    leadership strategy or business priority
 * @param text    the statement, e.g. "Grow recurring revenue in new markets"
 */
public record StrategyStatement(UUID id, long version, Kind kind, String text) {

    /** The two kinds of strategy statement. */
    public enum Kind {
        LEADERSHIP_STRATEGY,
        BUSINESS_PRIORITY
    }
}
