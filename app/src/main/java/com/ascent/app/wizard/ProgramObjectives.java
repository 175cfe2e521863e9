package com.ascent.app.wizard;

import com.ascent.app.objectives.ObjectivesService;
import com.ascent.plugin.api.objectives.IndicatorDraft;
import com.ascent.plugin.api.objectives.NewObjective;
import com.ascent.plugin.api.objectives.Objective;
import com.ascent.plugin.api.objectives.ObjectiveDraft;
import com.ascent.plugin.api.objectives.ObjectiveService;
import com.ascent.plugin.api.objectives.SuccessIndicator;
import java.util.List;
import java.util.UUID;

/** The plugin API's view of one program's objectives. */
record ProgramObjectives(ObjectivesService objectives, UUID programId, HostMessages messages)
        implements ObjectiveService {

    @Override
    public List<Objective> list() {
        return objectives.list(programId);
    }

    @Override
    public Objective add(ObjectiveDraft draft) {
        return messages.translated(() -> objectives.add(programId, draft));
    }

    @Override
    public List<Objective> addAll(List<NewObjective> additions) {
        return messages.translated(() -> objectives.addAll(programId, additions));
    }

    @Override
    public Objective update(UUID id, long expectedVersion, ObjectiveDraft draft) {
        return messages.translated(() -> objectives.update(programId, id, expectedVersion, draft));
    }

    @Override
    public void remove(UUID id, long expectedVersion) {
        messages.translated(() -> objectives.remove(programId, id, expectedVersion));
    }

    @Override
    public SuccessIndicator addIndicator(UUID objectiveId, IndicatorDraft draft) {
        return messages.translated(() -> objectives.addIndicator(programId, objectiveId, draft));
    }

    @Override
    public SuccessIndicator updateIndicator(UUID id, long expectedVersion, IndicatorDraft draft) {
        return messages.translated(() -> objectives.updateIndicator(programId, id, expectedVersion, draft));
    }

    @Override
    public void removeIndicator(UUID id, long expectedVersion) {
        messages.translated(() -> objectives.removeIndicator(programId, id, expectedVersion));
    }
}
