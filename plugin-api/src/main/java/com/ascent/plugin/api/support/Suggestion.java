package com.ascent.plugin.api.support;

import java.util.List;
import java.util.UUID;

/**
 * A catalogue resource that fits a HiPo: it develops capabilities the HiPo needs or the program's
 * objectives aim at.
 *
 * @param hipoMemberId    the HiPo's roster member id
 * @param resource        the resource
 * @param forHipo         capabilities it develops that the HiPo needs to develop
 * @param forObjectives   capabilities it develops that the program's objectives aim at
 */
public record Suggestion(UUID hipoMemberId, Resource resource, List<String> forHipo, List<String> forObjectives) {

    public Suggestion {
        forHipo = List.copyOf(forHipo);
        forObjectives = List.copyOf(forObjectives);
    }

    /** How well it fits: a HiPo's own need counts twice, an objective's once. */
    public int score() {
        return 2 * forHipo.size() + forObjectives.size();
    }
}
