package com.ascent.app.resources;

import static com.ascent.app.db.Tables.RESOURCE;
import static com.ascent.app.db.Tables.RESOURCE_ASSIGNMENT;

import com.ascent.app.db.tables.records.ResourceRecord;
import com.ascent.plugin.api.support.Resource;
import com.ascent.plugin.api.support.ResourceDraft;
import com.ascent.plugin.api.support.ResourceType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The resource catalogue of one organization, with the places taken in each resource. */
@Repository
class ResourceRepository {

    private static final Field<Integer> ENROLLED = DSL.field(DSL.selectCount().from(RESOURCE_ASSIGNMENT)
            .where(RESOURCE_ASSIGNMENT.RESOURCE_ID.eq(RESOURCE.ID).and(RESOURCE_ASSIGNMENT.STATUS.ne("DROPPED"))))
            .as("enrolled");

    private final DSLContext dsl;

    ResourceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Resource> all(UUID organizationId) {
        return dsl.select(RESOURCE.asterisk(), ENROLLED).from(RESOURCE)
                .where(RESOURCE.ORGANIZATION_ID.eq(organizationId))
                .orderBy(DSL.lower(RESOURCE.TITLE), RESOURCE.ID)
                .fetch(ResourceRepository::toResource);
    }

    Optional<Resource> find(UUID organizationId, UUID id) {
        return query(organizationId, id).fetchOptional(ResourceRepository::toResource);
    }

    /**
     * The resource, its row held until the transaction ends so that its places are counted on
     * settled data while they are given out.
     */
    Optional<Resource> lock(UUID organizationId, UUID id) {
        return query(organizationId, id).forUpdate().of(RESOURCE).fetchOptional(ResourceRepository::toResource);
    }

    private SelectConditionStep<Record> query(UUID organizationId, UUID id) {
        return dsl.select(RESOURCE.asterisk(), ENROLLED).from(RESOURCE)
                .where(RESOURCE.ORGANIZATION_ID.eq(organizationId).and(RESOURCE.ID.eq(id)));
    }

    Map<UUID, Resource> byIds(UUID organizationId, Collection<UUID> ids) {
        return dsl.select(RESOURCE.asterisk(), ENROLLED).from(RESOURCE)
                .where(RESOURCE.ORGANIZATION_ID.eq(organizationId).and(RESOURCE.ID.in(ids)))
                .fetchMap(RESOURCE.ID, ResourceRepository::toResource);
    }

    UUID insert(UUID organizationId, ResourceDraft draft) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(RESOURCE)
                .set(RESOURCE.ID, id)
                .set(RESOURCE.ORGANIZATION_ID, organizationId)
                .set(values(draft))
                .execute();
        return id;
    }

    boolean update(UUID organizationId, UUID id, long expectedVersion, ResourceDraft draft) {
        return dsl.update(RESOURCE)
                .set(values(draft))
                .set(RESOURCE.VERSION, RESOURCE.VERSION.plus(1))
                .where(RESOURCE.ORGANIZATION_ID.eq(organizationId).and(RESOURCE.ID.eq(id))
                        .and(RESOURCE.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    boolean delete(UUID organizationId, UUID id, long expectedVersion) {
        return dsl.deleteFrom(RESOURCE)
                .where(RESOURCE.ORGANIZATION_ID.eq(organizationId).and(RESOURCE.ID.eq(id))
                        .and(RESOURCE.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    private static Map<Field<?>, Object> values(ResourceDraft draft) {
        Map<Field<?>, Object> values = new HashMap<>();
        values.put(RESOURCE.TYPE, draft.type().name());
        values.put(RESOURCE.TITLE, draft.title());
        values.put(RESOURCE.PROVIDER, draft.provider());
        values.put(RESOURCE.LINK, draft.link());
        values.put(RESOURCE.LANGUAGE, draft.language());
        values.put(RESOURCE.FORMAT, draft.format());
        values.put(RESOURCE.DURATION, draft.duration());
        values.put(RESOURCE.STARTS_ON, draft.startsOn());
        values.put(RESOURCE.ENDS_ON, draft.endsOn());
        values.put(RESOURCE.REPEATS_ON, draft.repeatsOn().toArray(LocalDate[]::new));
        values.put(RESOURCE.LOCATION, draft.location());
        values.put(RESOURCE.CAPACITY, draft.capacity());
        values.put(RESOURCE.COST_PER_PARTICIPANT, draft.costPerParticipant());
        values.put(RESOURCE.CAPABILITIES, draft.capabilities().toArray(String[]::new));
        return values;
    }

    private static Resource toResource(Record row) {
        ResourceRecord r = row.into(RESOURCE);
        return new Resource(r.getId(), r.getVersion(), ResourceType.valueOf(r.getType()), r.getTitle(), r.getProvider(),
                r.getLink(), r.getLanguage(), r.getFormat(), r.getDuration(), r.getStartsOn(), r.getEndsOn(),
                List.of(r.getRepeatsOn()), r.getLocation(), r.getCapacity(), r.getCostPerParticipant(), List.of(r.getCapabilities()),
                row.get(ENROLLED));
    }
}
