package com.ascent.app.objectives;

import com.ascent.app.database.OrganizationScope;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.objectives.IndicatorDraft;
import com.ascent.plugin.api.objectives.Objective;
import com.ascent.plugin.api.objectives.ObjectiveDraft;
import com.ascent.plugin.api.objectives.SuccessIndicator;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of program objectives and their success indicators. Exceptions carry translation
 * keys of the {@code objectives} bundle; callers translate them for the user.
 */
@Service
public class ObjectivesService {

    private final ObjectiveRepository objectives;
    private final OrganizationScope organization;

    ObjectivesService(ObjectiveRepository objectives, OrganizationScope organization) {
        this.objectives = objectives;
        this.organization = organization;
    }

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<Objective> list(UUID programId) {
        return objectives.findByProgram(organization.require(), programId);
    }

    @Transactional
    @RolesAllowed("HR")
    public Objective add(UUID programId, ObjectiveDraft draft) {
        UUID org = organization.require();
        validate(org, programId, draft, Optional.empty());
        UUID id = objectives.insert(org, programId, draft);
        return find(org, programId, id);
    }

    @Transactional
    @RolesAllowed("HR")
    public Objective update(UUID programId, UUID id, long expectedVersion, ObjectiveDraft draft) {
        UUID org = organization.require();
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
        requireInProgram(org, programId, id);
        if (!objectives.delete(org, id, expectedVersion)) {
            throw new ConcurrentEditException("objectives.error.concurrentEdit");
        }
    }

    @Transactional
    @RolesAllowed("HR")
    public SuccessIndicator addIndicator(UUID programId, UUID objectiveId, IndicatorDraft draft) {
        UUID org = organization.require();
        requireInProgram(org, programId, objectiveId);
        validate(draft);
        return objectives.insertIndicator(org, objectiveId, draft);
    }

    @Transactional
    @RolesAllowed("HR")
    public SuccessIndicator updateIndicator(UUID programId, UUID id, long expectedVersion, IndicatorDraft draft) {
        UUID org = organization.require();
        requireIndicatorInProgram(org, programId, id);
        validate(draft);
        return objectives.updateIndicator(org, id, expectedVersion, draft)
                .orElseThrow(() -> new ConcurrentEditException("objectives.error.concurrentEdit"));
    }

    @Transactional
    @RolesAllowed("HR")
    public void removeIndicator(UUID programId, UUID id, long expectedVersion) {
        UUID org = organization.require();
        requireIndicatorInProgram(org, programId, id);
        if (!objectives.deleteIndicator(org, id, expectedVersion)) {
            throw new ConcurrentEditException("objectives.error.concurrentEdit");
        }
    }

    private Objective find(UUID org, UUID programId, UUID id) {
        return objectives.findByProgram(org, programId).stream().filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow(() -> new ConcurrentEditException("objectives.error.gone"));
    }

    private void requireInProgram(UUID org, UUID programId, UUID objectiveId) {
        if (!objectives.programOf(org, objectiveId).map(programId::equals).orElse(false)) {
            throw new ConcurrentEditException("objectives.error.gone");
        }
    }

    private void requireIndicatorInProgram(UUID org, UUID programId, UUID indicatorId) {
        SuccessIndicator indicator = objectives.findIndicator(org, indicatorId)
                .orElseThrow(() -> new ConcurrentEditException("objectives.error.gone"));
        requireInProgram(org, programId, indicator.objectiveId());
    }

    private void validate(UUID org, UUID programId, ObjectiveDraft draft, Optional<UUID> self) {
        if (draft.title().isBlank()) {
            throw new InvalidInputException("title", "objectives.error.titleRequired");
        }
        if (objectives.titleTaken(org, programId, draft.title(), self)) {
            throw new InvalidInputException("title", "objectives.error.titleTaken");
        }
        if (draft.alignments().stream().anyMatch(a -> a.how().isBlank())) {
            throw new InvalidInputException("alignments", "objectives.error.alignmentHowRequired");
        }
    }

    private static void validate(IndicatorDraft draft) {
        if (draft.name().isBlank()) {
            throw new InvalidInputException("name", "objectives.error.indicatorNameRequired");
        }
        if (draft.unit().isBlank()) {
            throw new InvalidInputException("unit", "objectives.error.unitRequired");
        }
    }
}
