package com.ascent.app.plans;

import static com.ascent.app.db.Tables.ACTIVITY_LIBRARY;
import static com.ascent.app.db.Tables.ACTIVITY_TEMPLATE;

import com.ascent.plugin.api.plans.ActivityKind;
import com.ascent.plugin.api.plans.ActivityTemplate;
import com.ascent.plugin.api.plans.ActivityTemplateDraft;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Each organization's library of activity templates. */
@Repository
class TemplateRepository {

    private final DSLContext dsl;

    TemplateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Marks the organization's library as created; false when it already was (by anyone). */
    boolean markSeeded(UUID org) {
        return dsl.insertInto(ACTIVITY_LIBRARY)
                .set(ACTIVITY_LIBRARY.ORGANIZATION_ID, org)
                .onConflictDoNothing()
                .execute() == 1;
    }

    boolean seeded(UUID org) {
        return dsl.fetchExists(ACTIVITY_LIBRARY, ACTIVITY_LIBRARY.ORGANIZATION_ID.eq(org));
    }

    List<ActivityTemplate> templates(UUID org) {
        return dsl.selectFrom(ACTIVITY_TEMPLATE)
                .where(ACTIVITY_TEMPLATE.ORGANIZATION_ID.eq(org))
                .fetch(r -> new ActivityTemplate(r.getId(), r.getVersion(), ActivityKind.valueOf(r.getKind()),
                        r.getTitle(), r.getDescription(), List.of(r.getCapabilities())));
    }

    Optional<ActivityTemplate> template(UUID org, UUID id) {
        return templates(org).stream().filter(t -> t.id().equals(id)).findFirst();
    }

    UUID insert(UUID org, ActivityTemplateDraft draft) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(ACTIVITY_TEMPLATE)
                .set(ACTIVITY_TEMPLATE.ID, id)
                .set(ACTIVITY_TEMPLATE.ORGANIZATION_ID, org)
                .set(ACTIVITY_TEMPLATE.KIND, draft.kind().name())
                .set(ACTIVITY_TEMPLATE.TITLE, draft.title())
                .set(ACTIVITY_TEMPLATE.DESCRIPTION, draft.description())
                .set(ACTIVITY_TEMPLATE.CAPABILITIES, draft.capabilities().toArray(String[]::new))
                .execute();
        return id;
    }

    boolean update(UUID org, UUID id, long expectedVersion, ActivityTemplateDraft draft) {
        return dsl.update(ACTIVITY_TEMPLATE)
                .set(ACTIVITY_TEMPLATE.KIND, draft.kind().name())
                .set(ACTIVITY_TEMPLATE.TITLE, draft.title())
                .set(ACTIVITY_TEMPLATE.DESCRIPTION, draft.description())
                .set(ACTIVITY_TEMPLATE.CAPABILITIES, draft.capabilities().toArray(String[]::new))
                .set(ACTIVITY_TEMPLATE.VERSION, ACTIVITY_TEMPLATE.VERSION.plus(1))
                .where(ACTIVITY_TEMPLATE.ORGANIZATION_ID.eq(org).and(ACTIVITY_TEMPLATE.ID.eq(id))
                        .and(ACTIVITY_TEMPLATE.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    boolean delete(UUID org, UUID id, long expectedVersion) {
        return dsl.deleteFrom(ACTIVITY_TEMPLATE)
                .where(ACTIVITY_TEMPLATE.ORGANIZATION_ID.eq(org).and(ACTIVITY_TEMPLATE.ID.eq(id))
                        .and(ACTIVITY_TEMPLATE.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }
}
