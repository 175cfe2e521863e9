package com.ascent.app.wizard;

import com.ascent.plugin.api.StepAttachment;
import com.ascent.plugin.api.StepRecord;
import com.ascent.plugin.api.StepRecords;
import com.ascent.plugin.api.WhenAttachedRemoved;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** The plugin API's view of one step's records for one program. */
record ProgramStepRecords(StepRecordService records, UUID programId, String stepId,
                          Supplier<WhenAttachedRemoved> whenAttachedRemoved, HostMessages messages)
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
    public StepRecord put(String key, long expectedVersion, String value, StepAttachment attachment) {
        return messages.translated(() -> records.put(programId, stepId, key, expectedVersion, value, attachment,
                whenAttachedRemoved.get()));
    }

    @Override
    public void remove(String key, long expectedVersion) {
        messages.translated(() -> records.remove(programId, stepId, key, expectedVersion));
    }
}
