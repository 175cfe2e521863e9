package com.ascent.app.wizard;

import com.ascent.plugin.api.StepRecord;
import com.ascent.plugin.api.StepRecords;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The plugin API's view of one step's records for one program. */
record ProgramStepRecords(StepRecordService records, UUID programId, String stepId, HostMessages messages)
        implements StepRecords {

    @Override
    public Optional<StepRecord> get(String key) {
        return records.get(programId, stepId, key);
    }

    @Override
    public List<StepRecord> all() {
        return records.all(programId, stepId);
    }

    @Override
    public StepRecord put(String key, long expectedVersion, String value) {
        return messages.translated(() -> records.put(programId, stepId, key, expectedVersion, value));
    }

    @Override
    public void remove(String key, long expectedVersion) {
        messages.translated(() -> records.remove(programId, stepId, key, expectedVersion));
    }
}
