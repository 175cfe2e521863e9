package com.ascent.app.wizard;

import com.ascent.app.measurement.ParticipantProgressService;
import com.ascent.plugin.api.progress.ParticipantProgress;
import java.util.List;
import java.util.UUID;

/** The plugin API's view of one program's participants' progress. */
record ProgramParticipantProgress(ParticipantProgressService progress, UUID programId)
        implements com.ascent.plugin.api.progress.ParticipantProgressService {

    @Override
    public List<ParticipantProgress> participants() {
        return progress.participants(programId);
    }
}
