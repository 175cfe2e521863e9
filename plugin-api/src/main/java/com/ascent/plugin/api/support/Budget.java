package com.ascent.plugin.api.support;

import java.util.Map;
import java.util.UUID;

/**
 * What the program's support costs, in the organization's currency. The Measurement step uses it
 * for the program's cost and return on investment.
 *
 * @param total  the whole program
 * @param byType per resource type that has assignments
 * @param byHipo per HiPo (roster member id) that has assignments
 */
public record Budget(Cost total, Map<ResourceType, Cost> byType, Map<UUID, Cost> byHipo) {

    public Budget {
        byType = Map.copyOf(byType);
        byHipo = Map.copyOf(byHipo);
    }
}
