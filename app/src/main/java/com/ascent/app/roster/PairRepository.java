package com.ascent.app.roster;

import static com.ascent.app.db.Tables.PAIR;
import static com.ascent.app.db.Tables.PAIRING_WAIVER;

import com.ascent.app.db.tables.records.PairRecord;
import com.ascent.app.db.tables.records.PairingWaiverRecord;
import com.ascent.plugin.api.roster.CriterionScore;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.PairProposal;
import com.ascent.plugin.api.roster.PairStatus;
import com.ascent.plugin.api.roster.PairingWaiver;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Pairs and waivers of one organization's programs; a pair's explanation is kept as JSON. */
@Repository
class PairRepository {

    private static final TypeReference<List<CriterionScore>> EXPLANATION = new TypeReference<>() {
    };

    private final DSLContext dsl;
    private final JsonMapper json;

    PairRepository(DSLContext dsl, JsonMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    List<Pair> pairs(UUID organizationId, UUID programId) {
        return dsl.selectFrom(PAIR)
                .where(PAIR.ORGANIZATION_ID.eq(organizationId).and(PAIR.PROGRAM_ID.eq(programId)))
                .orderBy(PAIR.KIND, PAIR.HIPO_MEMBER_ID)
                .fetch(this::toPair);
    }

    Optional<Pair> pair(UUID organizationId, UUID programId, UUID id) {
        return dsl.selectFrom(PAIR)
                .where(PAIR.ORGANIZATION_ID.eq(organizationId).and(PAIR.PROGRAM_ID.eq(programId)).and(PAIR.ID.eq(id)))
                .fetchOptional(this::toPair);
    }

    /** Removes the proposed pairs of {@code kind} that are not locked. */
    void deleteUnlockedProposals(UUID organizationId, UUID programId, PairKind kind) {
        dsl.deleteFrom(PAIR)
                .where(PAIR.ORGANIZATION_ID.eq(organizationId).and(PAIR.PROGRAM_ID.eq(programId))
                        .and(PAIR.KIND.eq(kind.name())).and(PAIR.STATUS.eq(PairStatus.PROPOSED.name()))
                        .and(PAIR.LOCKED.isFalse()))
                .execute();
    }

    void insert(UUID organizationId, UUID programId, List<PairProposal> proposals, boolean locked) {
        if (proposals.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(PAIR, PAIR.ID, PAIR.ORGANIZATION_ID, PAIR.PROGRAM_ID, PAIR.HIPO_MEMBER_ID,
                PAIR.GUIDE_MEMBER_ID, PAIR.KIND, PAIR.STATUS, PAIR.SCORE, PAIR.LOCKED, PAIR.EXPLANATION);
        for (PairProposal p : proposals) {
            insert = insert.values(UUID.randomUUID(), organizationId, programId, p.hipoMemberId(), p.guideMemberId(),
                    p.kind().name(), PairStatus.PROPOSED.name(), p.score(), locked, toJson(p.explanation()));
        }
        insert.execute();
    }

    Optional<Pair> changeGuide(UUID organizationId, UUID id, long expectedVersion, UUID guideMemberId,
                               @Nullable BigDecimal score, List<CriterionScore> explanation) {
        return dsl.update(PAIR)
                .set(PAIR.GUIDE_MEMBER_ID, guideMemberId)
                .set(PAIR.SCORE, score)
                .set(PAIR.EXPLANATION, toJson(explanation))
                .set(PAIR.LOCKED, true)
                .set(PAIR.VERSION, PAIR.VERSION.plus(1))
                .where(PAIR.ORGANIZATION_ID.eq(organizationId).and(PAIR.ID.eq(id)).and(PAIR.VERSION.eq(expectedVersion)))
                .returning()
                .fetchOptional(this::toPair);
    }

    Optional<Pair> setLocked(UUID organizationId, UUID id, long expectedVersion, boolean locked) {
        return dsl.update(PAIR)
                .set(PAIR.LOCKED, locked)
                .set(PAIR.VERSION, PAIR.VERSION.plus(1))
                .where(PAIR.ORGANIZATION_ID.eq(organizationId).and(PAIR.ID.eq(id)).and(PAIR.VERSION.eq(expectedVersion)))
                .returning()
                .fetchOptional(this::toPair);
    }

    /** Sets the status; confirmed pairs are always locked. */
    Optional<Pair> setStatus(UUID organizationId, UUID id, long expectedVersion, PairStatus status) {
        return dsl.update(PAIR)
                .set(PAIR.STATUS, status.name())
                .set(PAIR.LOCKED, true)
                .set(PAIR.VERSION, PAIR.VERSION.plus(1))
                .where(PAIR.ORGANIZATION_ID.eq(organizationId).and(PAIR.ID.eq(id)).and(PAIR.VERSION.eq(expectedVersion)))
                .returning()
                .fetchOptional(this::toPair);
    }

    /** Confirms (and locks) the pairs at the versions given; returns how many were still at those versions. */
    int confirm(UUID organizationId, UUID programId, List<Pair> pairs) {
        if (pairs.isEmpty()) {
            return 0;
        }
        return dsl.update(PAIR)
                .set(PAIR.STATUS, PairStatus.CONFIRMED.name())
                .set(PAIR.LOCKED, true)
                .set(PAIR.VERSION, PAIR.VERSION.plus(1))
                .where(PAIR.ORGANIZATION_ID.eq(organizationId).and(PAIR.PROGRAM_ID.eq(programId)))
                .and(DSL.row(PAIR.ID, PAIR.VERSION).in(pairs.stream().map(p -> DSL.row(p.id(), p.version())).toList()))
                .execute();
    }

    /** Removes the waivers these pairs make unnecessary (same HiPo, same kind). */
    void deleteWaivers(UUID organizationId, List<Pair> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        dsl.deleteFrom(PAIRING_WAIVER)
                .where(PAIRING_WAIVER.ORGANIZATION_ID.eq(organizationId))
                .and(DSL.row(PAIRING_WAIVER.HIPO_MEMBER_ID, PAIRING_WAIVER.KIND)
                        .in(pairs.stream().map(p -> DSL.row(p.hipoMemberId(), p.kind().name())).toList()))
                .execute();
    }

    boolean delete(UUID organizationId, UUID programId, UUID id, long expectedVersion) {
        return dsl.deleteFrom(PAIR)
                .where(PAIR.ORGANIZATION_ID.eq(organizationId).and(PAIR.PROGRAM_ID.eq(programId)).and(PAIR.ID.eq(id))
                        .and(PAIR.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    List<PairingWaiver> waivers(UUID organizationId, UUID programId) {
        return dsl.selectFrom(PAIRING_WAIVER)
                .where(PAIRING_WAIVER.ORGANIZATION_ID.eq(organizationId).and(PAIRING_WAIVER.PROGRAM_ID.eq(programId)))
                .orderBy(PAIRING_WAIVER.RECORDED_AT, PAIRING_WAIVER.ID)
                .fetch(PairRepository::toWaiver);
    }

    PairingWaiver insertWaiver(UUID organizationId, UUID programId, UUID hipoMemberId, PairKind kind, String reason,
                               String recordedBy) {
        return dsl.insertInto(PAIRING_WAIVER)
                .set(PAIRING_WAIVER.ID, UUID.randomUUID())
                .set(PAIRING_WAIVER.ORGANIZATION_ID, organizationId)
                .set(PAIRING_WAIVER.PROGRAM_ID, programId)
                .set(PAIRING_WAIVER.HIPO_MEMBER_ID, hipoMemberId)
                .set(PAIRING_WAIVER.KIND, kind.name())
                .set(PAIRING_WAIVER.REASON, reason)
                .set(PAIRING_WAIVER.RECORDED_BY, recordedBy)
                .set(PAIRING_WAIVER.RECORDED_AT, OffsetDateTime.now())
                .returning()
                .fetchSingle(PairRepository::toWaiver);
    }

    boolean deleteWaiver(UUID organizationId, UUID programId, UUID id, long expectedVersion) {
        return dsl.deleteFrom(PAIRING_WAIVER)
                .where(PAIRING_WAIVER.ORGANIZATION_ID.eq(organizationId).and(PAIRING_WAIVER.PROGRAM_ID.eq(programId))
                        .and(PAIRING_WAIVER.ID.eq(id)).and(PAIRING_WAIVER.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    private Pair toPair(PairRecord r) {
        return new Pair(r.getId(), r.getVersion(), r.getHipoMemberId(), r.getGuideMemberId(), PairKind.valueOf(r.getKind()),
                PairStatus.valueOf(r.getStatus()), r.getScore(), r.getLocked(), fromJson(r.getExplanation()));
    }

    private JSONB toJson(List<CriterionScore> explanation) {
        return JSONB.valueOf(json.writeValueAsString(explanation));
    }

    /** Pairs written before they were scored hold an empty object: no explanation. */
    private List<CriterionScore> fromJson(JSONB value) {
        String data = value.data();
        return data.trim().startsWith("[") ? json.readValue(data, EXPLANATION) : List.of();
    }

    private static PairingWaiver toWaiver(PairingWaiverRecord r) {
        return new PairingWaiver(r.getId(), r.getVersion(), r.getHipoMemberId(), PairKind.valueOf(r.getKind()),
                r.getReason(), r.getRecordedBy(), r.getRecordedAt().toInstant());
    }
}
