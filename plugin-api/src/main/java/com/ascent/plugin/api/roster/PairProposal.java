package com.ascent.plugin.api.roster;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A pair a step suggests: who, what kind, and why.
 *
 * @param hipoMemberId  the HiPo's roster member id
 * @param guideMemberId the mentor's or coach's roster member id
 * @param kind          mentoring or coaching
 * @param score         how well the two fit, 0 to 100, if scored
 * @param explanation   the score's breakdown per criterion
 */
public record PairProposal(UUID hipoMemberId, UUID guideMemberId, PairKind kind, @Nullable BigDecimal score,
                           List<CriterionScore> explanation) {

    public PairProposal {
        explanation = List.copyOf(explanation);
    }
}
