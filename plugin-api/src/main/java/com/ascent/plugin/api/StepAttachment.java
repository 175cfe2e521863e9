package com.ascent.plugin.api;

import java.util.Objects;
import java.util.UUID;

/**
 * What a step record is about: a roster member, a person of the directory or a pair of the
 * record's program. When that thing goes (a HiPo leaves the roster, a pair is removed, a person is
 * erased) the host removes the record or flags it, as the step's {@link WizardStep#whenAttachedRemoved()}
 * says.
 *
 * @param kind what the id names
 * @param id   the roster member's, person's or pair's id
 * @since 1.5.0
 */
public record StepAttachment(Kind kind, UUID id) {

    /** What a record can be attached to. */
    public enum Kind {
        /** A roster member of the record's program. */
        MEMBER,
        /** A person of the organization's directory. */
        PERSON,
        /** A pair of the record's program. */
        PAIR
    }

    public StepAttachment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    /** Attached to the roster member {@code memberId}. */
    public static StepAttachment member(UUID memberId) {
        return new StepAttachment(Kind.MEMBER, memberId);
    }

    /** Attached to the person {@code personId}. */
    public static StepAttachment person(UUID personId) {
        return new StepAttachment(Kind.PERSON, personId);
    }

    /** Attached to the pair {@code pairId}. */
    public static StepAttachment pair(UUID pairId) {
        return new StepAttachment(Kind.PAIR, pairId);
    }
}
