package com.ascent.app.objectives;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.text.InputText;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InUseException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.model.ProgramState;
import com.ascent.plugin.api.objectives.Alignment;
import com.ascent.plugin.api.objectives.IndicatorDraft;
import com.ascent.plugin.api.objectives.NewObjective;
import com.ascent.plugin.api.objectives.Objective;
import com.ascent.plugin.api.objectives.ObjectiveDraft;
import com.ascent.plugin.api.objectives.SuccessIndicator;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of program objectives and their success indicators. Exceptions carry translation
 * keys of the {@code objectives} bundle; callers translate them for the user.
 *
 * <p>History rule: the Measurement step turns indicators into metrics and records observations
 * against them, and development-plan goals link to objectives. Removing an indicator that a
 * metric refers to, an objective with such an indicator, or an objective that goals link to would
 * cut that history loose, so it is refused with {@link InUseException} whatever the program's
 * state (a draft can hold baseline observations too); the message says what to do instead.
 * Editing keeps ids and therefore every link; only the unit of a measured indicator is fixed, so
 * that the recorded values stay comparable. Archived programs refuse every write.
 */
@Service
public class ObjectivesService {

    private final ObjectiveRepository objectives;
    private final StrategyRepository strategy;
    private final OrganizationScope organization;

    ObjectivesService(ObjectiveRepository objectives, StrategyRepository strategy, OrganizationScope organization) {
        this.objectives = objectives;
        this.strategy = strategy;
        this.organization = organization;
    }

    @Transactional(readOnly = true)
    @RolesAllowed({"VIEWER", "PARTICIPANT"})
    public List<Objective> list(UUID programId) {
        return objectives.findByProgram(organization.require(), programId);
    }

    @Transactional
    @RolesAllowed("HR")
    public Objective add(UUID programId, ObjectiveDraft draft) {
        draft = InputText.clean(draft, "description");
        UUID org = organization.require();
        requireWritable(org, programId);
        validate(org, programId, draft, Optional.empty());
        UUID id = objectives.insert(org, programId, draft);
        return find(org, programId, id);
    }

    /** Adds all or, when one of them breaks a rule, none (the transaction rolls back). */
    @Transactional
    @RolesAllowed("HR")
    public List<Objective> addAll(UUID programId, List<NewObjective> typed) {
        // The objective's description is a text; every other value, indicators' included, a one-line one.
        List<NewObjective> additions = typed.stream().map(addition -> InputText.clean(addition, "description")).toList();
        UUID org = organization.require();
        requireWritable(org, programId);
        List<UUID> ids = additions.stream().map(addition -> {
            validate(org, programId, addition.objective(), Optional.empty());
            UUID id = objectives.insert(org, programId, addition.objective());
            addition.indicators().forEach(indicator -> insertIndicator(org, id, indicator));
            return id;
        }).toList();
        List<Objective> all = objectives.findByProgram(org, programId);
        return ids.stream().map(id -> all.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow()).toList();
    }

    @Transactional
    @RolesAllowed("HR")
    public Objective update(UUID programId, UUID id, long expectedVersion, ObjectiveDraft draft) {
        draft = InputText.clean(draft, "description");
        UUID org = organization.require();
        requireWritable(org, programId);
        requireInProgram(org, programId, id);
        validate(org, programId, draft, Optional.of(id));
        if (!objectives.update(org, id, expectedVersion, draft)) {
            throw new ConcurrentEditException("objectives.error.concurrentEdit");
        }
        return find(org, programId, id);
    }

    @Transactional
    @RolesAllowed("HR")
    public void remove(UUID programId, UUID id, long expectedVersion) {
        UUID org = organization.require();
        requireWritable(org, programId);
        requireInProgram(org, programId, id);
        if (objectives.anyIndicatorMeasured(org, id)) {
            throw new InUseException("objectives.error.objectiveMeasured");
        }
        if (objectives.linkedToGoals(org, id)) {
            throw new InUseException("objectives.error.objectiveLinkedToGoals");
        }
        if (!objectives.delete(org, id, expectedVersion)) {
            throw new ConcurrentEditException("objectives.error.concurrentEdit");
        }
    }

    @Transactional
    @RolesAllowed("HR")
    public SuccessIndicator addIndicator(UUID programId, UUID objectiveId, IndicatorDraft draft) {
        draft = InputText.clean(draft);
        UUID org = organization.require();
        requireWritable(org, programId);
        requireInProgram(org, programId, objectiveId);
        return insertIndicator(org, objectiveId, draft);
    }

    @Transactional
    @RolesAllowed("HR")
    public SuccessIndicator updateIndicator(UUID programId, UUID id, long expectedVersion, IndicatorDraft draft) {
        draft = InputText.clean(draft);
        UUID org = organization.require();
        requireWritable(org, programId);
        SuccessIndicator current = requireIndicatorInProgram(org, programId, id);
        validate(org, current.objectiveId(), draft, Optional.of(id));
        boolean unitChanged = !current.unit().trim().equalsIgnoreCase(draft.unit().trim());
        if (unitChanged && objectives.measured(org, id)) {
            throw new InvalidInputException("unit", "objectives.error.unitFixedByMeasurement");
        }
        return objectives.updateIndicator(org, id, expectedVersion, draft)
                .orElseThrow(() -> new ConcurrentEditException("objectives.error.concurrentEdit"));
    }

    @Transactional
    @RolesAllowed("HR")
    public void removeIndicator(UUID programId, UUID id, long expectedVersion) {
        UUID org = organization.require();
        requireWritable(org, programId);
        requireIndicatorInProgram(org, programId, id);
        if (objectives.measured(org, id)) {
            throw new InUseException("objectives.error.indicatorMeasured");
        }
        if (!objectives.deleteIndicator(org, id, expectedVersion)) {
            throw new ConcurrentEditException("objectives.error.concurrentEdit");
        }
    }

    private SuccessIndicator insertIndicator(UUID org, UUID objectiveId, IndicatorDraft draft) {
        validate(org, objectiveId, draft, Optional.empty());
        return objectives.insertIndicator(org, objectiveId, draft);
    }

    private Objective find(UUID org, UUID programId, UUID id) {
        return objectives.findByProgram(org, programId).stream().filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow(() -> new ConcurrentEditException("objectives.error.gone"));
    }

    private void requireWritable(UUID org, UUID programId) {
        ProgramState state = objectives.programState(org, programId)
                .orElseThrow(() -> new ConcurrentEditException("objectives.error.gone"));
        if (state == ProgramState.ARCHIVED) {
            throw new ConcurrentEditException("objectives.error.programArchived");
        }
    }

    private void requireInProgram(UUID org, UUID programId, UUID objectiveId) {
        if (!objectives.programOf(org, objectiveId).map(programId::equals).orElse(false)) {
            throw new ConcurrentEditException("objectives.error.gone");
        }
    }

    private SuccessIndicator requireIndicatorInProgram(UUID org, UUID programId, UUID indicatorId) {
        SuccessIndicator indicator = objectives.findIndicator(org, indicatorId)
                .orElseThrow(() -> new ConcurrentEditException("objectives.error.gone"));
        requireInProgram(org, programId, indicator.objectiveId());
        return indicator;
    }

    private void validate(UUID org, UUID programId, ObjectiveDraft draft, Optional<UUID> self) {
        if (draft.title().isBlank()) {
            throw new InvalidInputException("title", "objectives.error.titleRequired");
        }
        if (objectives.titleTaken(org, programId, draft.title(), self)) {
            throw new InvalidInputException("title", "objectives.error.titleTaken");
        }
        if (draft.capabilityId() != null && !strategy.capabilityExists(org, draft.capabilityId())) {
            throw new InvalidInputException("capabilityId", "objectives.error.capabilityUnknown");
        }
        Set<UUID> statements = strategy.statementIds(org);
        for (Alignment alignment : draft.alignments()) {
            if (!statements.contains(alignment.statementId())) {
                throw new InvalidInputException("alignments", "objectives.error.statementUnknown");
            }
            if (alignment.how().isBlank()) {
                throw new InvalidInputException("alignments." + alignment.statementId(),
                        "objectives.error.alignmentHowRequired");
            }
        }
    }

    private void validate(UUID org, UUID objectiveId, IndicatorDraft draft, Optional<UUID> self) {
        if (draft.name().isBlank()) {
            throw new InvalidInputException("name", "objectives.error.indicatorNameRequired");
        }
        if (objectives.indicatorNameTaken(org, objectiveId, draft.name(), self)) {
            throw new InvalidInputException("name", "objectives.error.indicatorNameTaken");
        }
        if (draft.unit().isBlank()) {
            throw new InvalidInputException("unit", "objectives.error.unitRequired");
        }
        Optional<IndicatorScale> scale = IndicatorScale.of(draft.unit());
        requireOnScale(scale, draft.baseline(), "baseline");
        requireOnScale(scale, draft.target(), "target");
    }

    private static void requireOnScale(Optional<IndicatorScale> scale, @Nullable BigDecimal value, String field) {
        if (value != null && scale.isPresent() && !scale.get().contains(value)) {
            throw new InvalidInputException(field, "objectives.error.valueOffScale");
        }
    }
}
