package com.ascent.plugin.api.objectives;

import java.util.List;
import java.util.UUID;

/**
 * The organization's strategy statements and leadership capability library, shared by all of
 * its programs. Writes refuse stale versions with
 * {@link com.ascent.plugin.api.ConcurrentEditException} and bad values with
 * {@link com.ascent.plugin.api.InvalidInputException}.
 */
public interface StrategyService {

    /** All statements, leadership strategy first, in the order they were added. */
    List<StrategyStatement> statements();

    /** Adds a statement. */
    StrategyStatement addStatement(StrategyStatement.Kind kind, String text);

    /** Rewords a statement. */
    StrategyStatement updateStatement(UUID id, long expectedVersion, String text);

    /** Removes a statement; objectives that were aligned with it lose that alignment. */
    void removeStatement(UUID id, long expectedVersion);

    /** The capability library, sorted by name. */
    List<Capability> capabilities();

    /** Adds a capability to the library; names are unique within the organization. */
    Capability addCapability(String name, String description, List<String> behaviours);

    /** Changes a capability of the library. */
    Capability updateCapability(UUID id, long expectedVersion, String name, String description,
                                List<String> behaviours);
}
