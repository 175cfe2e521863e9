package com.ascent.plugin.api.roster;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A HiPo and their mentor or coach. Only {@link PairStatus#CONFIRMED confirmed} pairs are the
 * program's pairs; proposed ones are still being reviewed.
 *
 * @param id            the pair's id (calendar events and feedback refer to it)
 * @param version       optimistic-locking version
 * @param hipoMemberId  the roster member who is developed
 * @param guideMemberId the roster member who mentors or coaches
 * @param kind          mentoring or coaching
 * @param status        proposed or confirmed
 * @param score         how well the two fit, 0 to 100, if the pair was scored
 * @param locked        kept as it is when matching is run again (pairs chosen or changed by hand,
 *                      and confirmed pairs, are locked)
 * @param explanation   the score's breakdown per criterion, empty if the pair was not scored
 */
public record Pair(UUID id, long version, UUID hipoMemberId, UUID guideMemberId, PairKind kind, PairStatus status,
                   @Nullable BigDecimal score, boolean locked, List<CriterionScore> explanation) {

    public Pair {
        explanation = List.copyOf(explanation);
    }

    /** True once HR has confirmed the pair. */
    public boolean confirmed() {
        return status == PairStatus.CONFIRMED;
    }
}
