package com.ascent.app.plugin;

import static com.ascent.app.db.Tables.STEP_BINDING;

import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Per-organization choices of which step serves each slot and which extra steps are on. */
@Repository
class StepBindingRepository {

    private final DSLContext dsl;

    StepBindingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<StepBinding> findAll(UUID organizationId) {
        return dsl.selectFrom(STEP_BINDING)
                .where(STEP_BINDING.ORGANIZATION_ID.eq(organizationId))
                .orderBy(STEP_BINDING.STEP_ID)
                .fetch(r -> new StepBinding(r.getStepId(), new StepPlacement(StepSlot.valueOf(r.getSlot()),
                        StepPlacement.Position.valueOf(r.getPosition())), r.getEnabled()));
    }

    /** Makes {@code stepId} the one step that fills its slot. */
    void bindSlot(UUID organizationId, String stepId, StepSlot slot) {
        clearSlot(organizationId, slot);
        dsl.insertInto(STEP_BINDING)
                .set(STEP_BINDING.ORGANIZATION_ID, organizationId)
                .set(STEP_BINDING.STEP_ID, stepId)
                .set(STEP_BINDING.SLOT, slot.name())
                .set(STEP_BINDING.POSITION, StepPlacement.Position.FILLS.name())
                .set(STEP_BINDING.ENABLED, true)
                .execute();
    }

    /** Forgets the slot's choice, so that Ascent's default step serves it again. */
    void clearSlot(UUID organizationId, StepSlot slot) {
        dsl.deleteFrom(STEP_BINDING)
                .where(STEP_BINDING.ORGANIZATION_ID.eq(organizationId))
                .and(STEP_BINDING.SLOT.eq(slot.name()))
                .and(STEP_BINDING.POSITION.eq(StepPlacement.Position.FILLS.name()))
                .execute();
    }

    /** Switches an extra step off, known to the organization whether or not its plugin still runs. */
    void switchOffExtraStep(UUID organizationId, String stepId) {
        dsl.update(STEP_BINDING)
                .set(STEP_BINDING.ENABLED, false)
                .set(STEP_BINDING.VERSION, STEP_BINDING.VERSION.plus(1))
                .where(STEP_BINDING.ORGANIZATION_ID.eq(organizationId))
                .and(STEP_BINDING.STEP_ID.eq(stepId))
                .and(STEP_BINDING.POSITION.ne(StepPlacement.Position.FILLS.name()))
                .execute();
    }

    /** Switches an extra step on or off, at {@code placement}. */
    void setExtraStep(UUID organizationId, String stepId, StepPlacement placement, boolean enabled) {
        dsl.insertInto(STEP_BINDING)
                .set(STEP_BINDING.ORGANIZATION_ID, organizationId)
                .set(STEP_BINDING.STEP_ID, stepId)
                .set(STEP_BINDING.SLOT, placement.slot().name())
                .set(STEP_BINDING.POSITION, placement.position().name())
                .set(STEP_BINDING.ENABLED, enabled)
                .onConflict(STEP_BINDING.ORGANIZATION_ID, STEP_BINDING.STEP_ID)
                .doUpdate()
                .set(STEP_BINDING.SLOT, placement.slot().name())
                .set(STEP_BINDING.POSITION, placement.position().name())
                .set(STEP_BINDING.ENABLED, enabled)
                .set(STEP_BINDING.VERSION, STEP_BINDING.VERSION.plus(1))
                .execute();
    }
}
