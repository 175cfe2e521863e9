package com.ascent.app.roster;

import static com.ascent.app.db.Tables.MATCHING_CRITERIA;

import com.ascent.app.db.tables.records.MatchingCriteriaRecord;
import com.ascent.plugin.api.roster.CriteriaDraft;
import com.ascent.plugin.api.roster.CriteriaWeights;
import com.ascent.plugin.api.roster.FunctionRule;
import com.ascent.plugin.api.roster.MatchingCriteria;
import com.ascent.plugin.api.roster.PairKind;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The selection criteria programs saved, per kind of pair. */
@Repository
class CriteriaRepository {

    private final DSLContext dsl;

    CriteriaRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<MatchingCriteria> find(UUID organizationId, UUID programId, PairKind kind) {
        return dsl.selectFrom(MATCHING_CRITERIA)
                .where(MATCHING_CRITERIA.ORGANIZATION_ID.eq(organizationId).and(MATCHING_CRITERIA.PROGRAM_ID.eq(programId))
                        .and(MATCHING_CRITERIA.KIND.eq(kind.name())))
                .fetchOptional(CriteriaRepository::toCriteria);
    }

    /** Stores criteria for the first time; empty when someone else did so first. */
    Optional<MatchingCriteria> insert(UUID organizationId, UUID programId, PairKind kind, CriteriaDraft draft) {
        CriteriaWeights w = draft.weights();
        return dsl.insertInto(MATCHING_CRITERIA)
                .set(MATCHING_CRITERIA.ORGANIZATION_ID, organizationId)
                .set(MATCHING_CRITERIA.PROGRAM_ID, programId)
                .set(MATCHING_CRITERIA.KIND, kind.name())
                .set(MATCHING_CRITERIA.WEIGHT_CAPABILITIES, w.capabilities())
                .set(MATCHING_CRITERIA.WEIGHT_SENIORITY, w.seniority())
                .set(MATCHING_CRITERIA.WEIGHT_FUNCTION, w.function())
                .set(MATCHING_CRITERIA.WEIGHT_LOCATION, w.location())
                .set(MATCHING_CRITERIA.WEIGHT_LANGUAGE, w.language())
                .set(MATCHING_CRITERIA.WEIGHT_AVAILABILITY, w.availability())
                .set(MATCHING_CRITERIA.FUNCTION_RULE, draft.functionRule().name())
                .set(MATCHING_CRITERIA.MINIMUM_LEVEL_GAP, draft.minimumLevelGap())
                .onConflictDoNothing()
                .returning()
                .fetchOptional(CriteriaRepository::toCriteria);
    }

    Optional<MatchingCriteria> update(UUID organizationId, UUID programId, PairKind kind, long expectedVersion,
                                      CriteriaDraft draft) {
        CriteriaWeights w = draft.weights();
        return dsl.update(MATCHING_CRITERIA)
                .set(MATCHING_CRITERIA.WEIGHT_CAPABILITIES, w.capabilities())
                .set(MATCHING_CRITERIA.WEIGHT_SENIORITY, w.seniority())
                .set(MATCHING_CRITERIA.WEIGHT_FUNCTION, w.function())
                .set(MATCHING_CRITERIA.WEIGHT_LOCATION, w.location())
                .set(MATCHING_CRITERIA.WEIGHT_LANGUAGE, w.language())
                .set(MATCHING_CRITERIA.WEIGHT_AVAILABILITY, w.availability())
                .set(MATCHING_CRITERIA.FUNCTION_RULE, draft.functionRule().name())
                .set(MATCHING_CRITERIA.MINIMUM_LEVEL_GAP, draft.minimumLevelGap())
                .set(MATCHING_CRITERIA.VERSION, MATCHING_CRITERIA.VERSION.plus(1))
                .where(MATCHING_CRITERIA.ORGANIZATION_ID.eq(organizationId).and(MATCHING_CRITERIA.PROGRAM_ID.eq(programId))
                        .and(MATCHING_CRITERIA.KIND.eq(kind.name())).and(MATCHING_CRITERIA.VERSION.eq(expectedVersion)))
                .returning()
                .fetchOptional(CriteriaRepository::toCriteria);
    }

    private static MatchingCriteria toCriteria(MatchingCriteriaRecord r) {
        return new MatchingCriteria(PairKind.valueOf(r.getKind()), r.getVersion(),
                new CriteriaWeights(r.getWeightCapabilities(), r.getWeightSeniority(), r.getWeightFunction(),
                        r.getWeightLocation(), r.getWeightLanguage(), r.getWeightAvailability()),
                FunctionRule.valueOf(r.getFunctionRule()), r.getMinimumLevelGap());
    }
}
