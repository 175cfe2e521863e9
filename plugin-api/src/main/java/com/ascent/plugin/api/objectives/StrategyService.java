package com.ascent.plugin.api.objectives;

import java.util.List;
import java.util.UUID;

/**
 * The organization's strategy statements and leadership capability library, shared by all of
 * its programs. Writes refuse stale versions with
 * {@link com.ascent.plugin.api.ConcurrentEditException} and bad values with
 * {@link com.ascent.plugin.api.InvalidInputException}, whose {@code field()} is {@code text} for a
 * statement (empty, or the same statement twice) and {@code name} for a capability (empty, or
 * already in the library).
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

    /**
     * Adds several capabilities at once, for example a starter library: either all of them are
     * stored or, when one breaks a rule, none is.
     *
     * @return the added capabilities, in the order given
     * @since 1.1.0
     */
    List<Capability> addCapabilities(List<CapabilityDraft> capabilities);

    /** Changes a capability of the library. */
    Capability updateCapability(UUID id, long expectedVersion, String name, String description,
                                List<String> behaviours);

    /**
     * Removes a capability from the library.
     *
     * @throws com.ascent.plugin.api.InUseException when an objective of any program develops it or
     *                                              a development plan names it as a gap
     * @since 1.1.0
     */
    void removeCapability(UUID id, long expectedVersion);
}
