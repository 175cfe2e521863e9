package com.ascent.app.program;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.text.InputText;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.ProgramEvent;
import com.ascent.plugin.api.model.ProgramState;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programs of the current organization. HR creates, edits, launches and archives them;
 * viewers read. A program of another organization does not exist as far as this service is
 * concerned.
 */
@Service
public class ProgramService {

    private final ProgramRepository programs;
    private final ApplicationEventPublisher events;
    private final OrganizationScope organization;

    ProgramService(ProgramRepository programs, OrganizationScope organization, ApplicationEventPublisher events) {
        this.events = events;
        this.programs = programs;
        this.organization = organization;
    }

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<Program> list() {
        return programs.findAll(organization.require());
    }

    @Transactional(readOnly = true)
    @RolesAllowed({"VIEWER", "PARTICIPANT"})
    public Optional<Program> find(UUID id) {
        return programs.find(organization.require(), id);
    }

    @Transactional
    @RolesAllowed("HR")
    public Program create(ProgramDraft typed) {
        ProgramDraft draft = InputText.clean(typed, "description");
        validate(draft);
        return programs.insert(organization.require(), draft);
    }

    @Transactional
    @RolesAllowed("HR")
    public Program update(UUID id, long expectedVersion, ProgramDraft typed) {
        ProgramDraft draft = InputText.clean(typed, "description");
        validate(draft);
        return programs.update(organization.require(), id, expectedVersion, draft)
                .orElseThrow(() -> new ConcurrentEditException("program.error.concurrentEdit"));
    }

    /** Starts the program's months; the caller has checked that every required step is complete. */
    @Transactional
    @RolesAllowed("HR")
    public Program launch(Program program) {
        if (program.state() != ProgramState.DRAFT) {
            throw new IllegalStateException("Only a draft program can be launched");
        }
        Program launched = changeState(program, ProgramState.RUNNING);
        events.publishEvent(new ProgramChanged(organization.require(),
                new ProgramEvent(ProgramEvent.Kind.PROGRAM_LAUNCHED, program.id())));
        return launched;
    }

    @Transactional
    @RolesAllowed("HR")
    public Program archive(Program program) {
        return changeState(program, ProgramState.ARCHIVED);
    }

    private Program changeState(Program program, ProgramState state) {
        return programs.changeState(organization.require(), program.id(), program.version(), state)
                .orElseThrow(() -> new ConcurrentEditException("program.error.concurrentEdit"));
    }

    private static void validate(ProgramDraft draft) {
        if (draft.name().isBlank()) {
            throw new InvalidInputException("name", "program.error.nameRequired");
        }
        if (draft.startDate() == null) {
            throw new InvalidInputException("startDate", "program.error.startDateRequired");
        }
        if (draft.endDate() == null) {
            throw new InvalidInputException("endDate", "program.error.endDateRequired");
        }
        if (draft.endDate().isBefore(draft.startDate())) {
            throw new InvalidInputException("endDate", "program.error.endBeforeStart");
        }
        if (draft.endDate().isAfter(draft.startDate().plusMonths(ProgramDraft.MAX_MONTHS))) {
            throw new InvalidInputException("endDate", "program.error.tooLong");
        }
        if (draft.ownerName().isBlank()) {
            throw new InvalidInputException("ownerName", "program.error.ownerRequired");
        }
    }
}
