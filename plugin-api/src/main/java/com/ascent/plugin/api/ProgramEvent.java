package com.ascent.plugin.api;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a program, told to every step of the organization's wizard after the
 * change was committed (see {@link WizardStep#onProgramEvent(ProgramEvent, StepContext)}); nothing is
 * told of a change that was rolled back.
 *
 * @param kind      what happened
 * @param programId the program it happened to
 * @param subjectId what it happened to inside the program where one thing did (the signed-off
 *                  plan's id), else {@code null}
 * @since 1.5.0
 */
public record ProgramEvent(Kind kind, UUID programId, @Nullable UUID subjectId) {

    /** What happened. */
    public enum Kind {
        /** Members were added to, changed on or removed from the roster. */
        ROSTER_CHANGED,
        /** Pairs were confirmed. */
        PAIRS_CONFIRMED,
        /** The program framework's dates (start, end, cadence) were saved. */
        FRAMEWORK_DATES_CHANGED,
        /** The program was launched. */
        PROGRAM_LAUNCHED,
        /** A development plan was signed off (by HR or the manager); {@code subjectId} is the plan. */
        PLAN_SIGNED_OFF
    }

    public ProgramEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(programId, "programId");
    }

    /** An event about the program as a whole. */
    public ProgramEvent(Kind kind, UUID programId) {
        this(kind, programId, null);
    }
}
