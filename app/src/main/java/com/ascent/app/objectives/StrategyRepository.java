package com.ascent.app.objectives;

import static com.ascent.app.db.Tables.CAPABILITY;
import static com.ascent.app.db.Tables.OBJECTIVE;
import static com.ascent.app.db.Tables.PLAN_GAP;
import static com.ascent.app.db.Tables.STRATEGY_STATEMENT;

import com.ascent.app.db.tables.records.CapabilityRecord;
import com.ascent.plugin.api.objectives.Capability;
import com.ascent.plugin.api.objectives.CapabilityDraft;
import com.ascent.plugin.api.objectives.StrategyStatement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** An organization's strategy statements and capability library. */
@Repository
class StrategyRepository {

    private final DSLContext dsl;

    StrategyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<StrategyStatement> statements(UUID organizationId) {
        return dsl.selectFrom(STRATEGY_STATEMENT)
                .where(STRATEGY_STATEMENT.ORGANIZATION_ID.eq(organizationId))
                .orderBy(STRATEGY_STATEMENT.KIND.desc(), STRATEGY_STATEMENT.POSITION)
                .fetch(r -> new StrategyStatement(r.getId(), r.getVersion(), StrategyStatement.Kind.valueOf(r.getKind()),
                        r.getText()));
    }

    /** The ids of the organization's statements. */
    Set<UUID> statementIds(UUID organizationId) {
        return dsl.select(STRATEGY_STATEMENT.ID).from(STRATEGY_STATEMENT)
                .where(STRATEGY_STATEMENT.ORGANIZATION_ID.eq(organizationId))
                .fetchSet(STRATEGY_STATEMENT.ID);
    }

    boolean statementTaken(UUID organizationId, StrategyStatement.Kind kind, String text, Optional<UUID> except) {
        Condition condition = STRATEGY_STATEMENT.ORGANIZATION_ID.eq(organizationId)
                .and(STRATEGY_STATEMENT.KIND.eq(kind.name()))
                .and(DSL.lower(STRATEGY_STATEMENT.TEXT).eq(DSL.lower(DSL.val(text.trim()))));
        if (except.isPresent()) {
            condition = condition.and(STRATEGY_STATEMENT.ID.ne(except.get()));
        }
        return dsl.fetchExists(STRATEGY_STATEMENT, condition);
    }

    Optional<StrategyStatement.Kind> statementKind(UUID organizationId, UUID id) {
        return dsl.select(STRATEGY_STATEMENT.KIND).from(STRATEGY_STATEMENT)
                .where(STRATEGY_STATEMENT.ORGANIZATION_ID.eq(organizationId).and(STRATEGY_STATEMENT.ID.eq(id)))
                .fetchOptional(STRATEGY_STATEMENT.KIND)
                .map(StrategyStatement.Kind::valueOf);
    }

    StrategyStatement insertStatement(UUID organizationId, StrategyStatement.Kind kind, String text) {
        int position = dsl.select(DSL.coalesce(DSL.max(STRATEGY_STATEMENT.POSITION), 0)).from(STRATEGY_STATEMENT)
                .where(STRATEGY_STATEMENT.ORGANIZATION_ID.eq(organizationId)).fetchSingle().value1() + 1;
        UUID id = UUID.randomUUID();
        dsl.insertInto(STRATEGY_STATEMENT)
                .set(STRATEGY_STATEMENT.ID, id)
                .set(STRATEGY_STATEMENT.ORGANIZATION_ID, organizationId)
                .set(STRATEGY_STATEMENT.KIND, kind.name())
                .set(STRATEGY_STATEMENT.TEXT, text.trim())
                .set(STRATEGY_STATEMENT.POSITION, position)
                .execute();
        return new StrategyStatement(id, 1, kind, text.trim());
    }

    Optional<StrategyStatement> updateStatement(UUID organizationId, UUID id, long expectedVersion, String text) {
        return dsl.update(STRATEGY_STATEMENT)
                .set(STRATEGY_STATEMENT.TEXT, text.trim())
                .set(STRATEGY_STATEMENT.VERSION, STRATEGY_STATEMENT.VERSION.plus(1))
                .where(STRATEGY_STATEMENT.ORGANIZATION_ID.eq(organizationId).and(STRATEGY_STATEMENT.ID.eq(id))
                        .and(STRATEGY_STATEMENT.VERSION.eq(expectedVersion)))
                .returning()
                .fetchOptional(r -> new StrategyStatement(r.getId(), r.getVersion(),
                        StrategyStatement.Kind.valueOf(r.getKind()), r.getText()));
    }

    boolean deleteStatement(UUID organizationId, UUID id, long expectedVersion) {
        return dsl.deleteFrom(STRATEGY_STATEMENT)
                .where(STRATEGY_STATEMENT.ORGANIZATION_ID.eq(organizationId).and(STRATEGY_STATEMENT.ID.eq(id))
                        .and(STRATEGY_STATEMENT.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    List<Capability> capabilities(UUID organizationId) {
        return dsl.selectFrom(CAPABILITY)
                .where(CAPABILITY.ORGANIZATION_ID.eq(organizationId))
                .orderBy(DSL.lower(CAPABILITY.NAME))
                .fetch(StrategyRepository::toCapability);
    }

    boolean capabilityNameTaken(UUID organizationId, String name, Optional<UUID> except) {
        Condition condition = CAPABILITY.ORGANIZATION_ID.eq(organizationId)
                .and(DSL.lower(CAPABILITY.NAME).eq(DSL.lower(DSL.val(name.trim()))));
        if (except.isPresent()) {
            condition = condition.and(CAPABILITY.ID.ne(except.get()));
        }
        return dsl.fetchExists(CAPABILITY, condition);
    }

    Capability insertCapability(UUID organizationId, CapabilityDraft draft) {
        return dsl.insertInto(CAPABILITY)
                .set(CAPABILITY.ID, UUID.randomUUID())
                .set(CAPABILITY.ORGANIZATION_ID, organizationId)
                .set(CAPABILITY.NAME, draft.name())
                .set(CAPABILITY.DESCRIPTION, draft.description())
                .set(CAPABILITY.BEHAVIOURS, draft.behaviours().toArray(String[]::new))
                .returning()
                .fetchSingle(StrategyRepository::toCapability);
    }

    Optional<Capability> updateCapability(UUID organizationId, UUID id, long expectedVersion, CapabilityDraft draft) {
        return dsl.update(CAPABILITY)
                .set(CAPABILITY.NAME, draft.name())
                .set(CAPABILITY.DESCRIPTION, draft.description())
                .set(CAPABILITY.BEHAVIOURS, draft.behaviours().toArray(String[]::new))
                .set(CAPABILITY.VERSION, CAPABILITY.VERSION.plus(1))
                .where(CAPABILITY.ORGANIZATION_ID.eq(organizationId).and(CAPABILITY.ID.eq(id))
                        .and(CAPABILITY.VERSION.eq(expectedVersion)))
                .returning()
                .fetchOptional(StrategyRepository::toCapability);
    }

    boolean capabilityExists(UUID organizationId, UUID id) {
        return dsl.fetchExists(CAPABILITY, CAPABILITY.ORGANIZATION_ID.eq(organizationId).and(CAPABILITY.ID.eq(id)));
    }

    /** Whether an objective of any program develops the capability or a development plan names it as a gap. */
    boolean capabilityInUse(UUID organizationId, UUID id) {
        return dsl.fetchExists(OBJECTIVE, OBJECTIVE.ORGANIZATION_ID.eq(organizationId).and(OBJECTIVE.CAPABILITY_ID.eq(id)))
                || dsl.fetchExists(PLAN_GAP, PLAN_GAP.ORGANIZATION_ID.eq(organizationId).and(PLAN_GAP.CAPABILITY_ID.eq(id)));
    }

    boolean deleteCapability(UUID organizationId, UUID id, long expectedVersion) {
        return dsl.deleteFrom(CAPABILITY)
                .where(CAPABILITY.ORGANIZATION_ID.eq(organizationId).and(CAPABILITY.ID.eq(id))
                        .and(CAPABILITY.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    private static Capability toCapability(CapabilityRecord r) {
        return new Capability(r.getId(), r.getVersion(), r.getName(), r.getDescription(), List.of(r.getBehaviours()));
    }
}
