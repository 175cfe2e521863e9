package com.ascent.app.wizard;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.program.ProgramService;
import com.ascent.app.security.AscentUser;
import com.ascent.app.security.CurrentUser;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.app.wizard.StepRecordRepository.Attached;
import com.ascent.plugin.api.StepAttachment;
import com.ascent.plugin.api.StepRecord;
import com.ascent.plugin.api.StepRecords;
import com.ascent.plugin.api.WhenAttachedRemoved;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records a step keeps for one program of the current organization (the host side of
 * {@link StepRecords}). Viewers read; HR writes. A program of another organization has none.
 */
@Service
public class StepRecordService {

    private final StepRecordRepository records;
    private final ProgramService programs;
    private final OrganizationScope organization;
    private final CurrentUser currentUser;

    StepRecordService(StepRecordRepository records, ProgramService programs, OrganizationScope organization,
                      CurrentUser currentUser) {
        this.records = records;
        this.programs = programs;
        this.organization = organization;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public Optional<StepRecord> get(UUID programId, String stepId, String key) {
        return records.find(organization.require(), programId, stepId, key);
    }

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<StepRecord> all(UUID programId, String stepId) {
        return records.findAll(organization.require(), programId, stepId);
    }

    /** Stores {@code value} under {@code key}; {@code expectedVersion} 0 for a key not stored yet. */
    @Transactional
    @RolesAllowed("HR")
    public StepRecord put(UUID programId, String stepId, String key, long expectedVersion, String value) {
        return write(programId, stepId, key, expectedVersion, value, null);
    }

    /**
     * Stores {@code value} under {@code key} attached to a member or pair of the program or a person of
     * the organization; {@code whenRemoved} (the step's choice) decides what becomes of it when that goes.
     */
    @Transactional
    @RolesAllowed("HR")
    public StepRecord put(UUID programId, String stepId, String key, long expectedVersion, String value,
                          StepAttachment attachment, WhenAttachedRemoved whenRemoved) {
        return write(programId, stepId, key, expectedVersion, value, new Attached(attachment, whenRemoved));
    }

    private StepRecord write(UUID programId, String stepId, String key, long expectedVersion, String value,
                             @Nullable Attached attached) {
        validate(key, value);
        UUID organizationId = organization.require();
        requireProgram(programId);
        if (attached != null && !records.attachable(organizationId, programId, attached.attachment())) {
            throw new InvalidInputException("attachment", "steprecords.error.attachment");
        }
        String author = currentUser.get().map(AscentUser::displayName).orElse("");
        Optional<StepRecord> stored = expectedVersion == 0
                ? records.insert(organizationId, programId, stepId, key, value, author, attached)
                : records.update(organizationId, programId, stepId, key, expectedVersion, value, author, attached);
        return stored.orElseThrow(() -> new ConcurrentEditException("steprecords.error.concurrentEdit"));
    }

    @Transactional
    @RolesAllowed("HR")
    public void remove(UUID programId, String stepId, String key, long expectedVersion) {
        if (!records.delete(organization.require(), programId, stepId, key, expectedVersion)) {
            throw new ConcurrentEditException("steprecords.error.concurrentEdit");
        }
    }

    /** Foreign keys do not see row-level security: make sure the program is this organization's. */
    private void requireProgram(UUID programId) {
        if (programs.find(programId).isEmpty()) {
            throw new IllegalArgumentException("No program " + programId + " in this organization");
        }
    }

    private static void validate(String key, String value) {
        if (key.isBlank() || key.length() > StepRecords.MAX_KEY_LENGTH) {
            throw new InvalidInputException("key", "steprecords.error.key");
        }
        if (value.length() > StepRecords.MAX_VALUE_LENGTH) {
            throw new InvalidInputException("value", "steprecords.error.valueTooLong");
        }
    }
}
