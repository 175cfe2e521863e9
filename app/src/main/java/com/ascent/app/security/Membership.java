package com.ascent.app.security;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A user's role in one organization.
 *
 * @param personId the person of the directory the account is bound to (a participant); null for staff
 *                 who take part in no program
 */
public record Membership(UUID organizationId, String organizationName, Role role, @Nullable UUID personId) {

    public Membership(UUID organizationId, String organizationName, Role role) {
        this(organizationId, organizationName, role, null);
    }

    /** Whether the user takes part in programs here (a My program page), whatever else they do. */
    public boolean participant() {
        return personId != null;
    }

    /** Whether the user is a participant and nothing else here: no staff page is theirs. */
    public boolean participantOnly() {
        return role == Role.PARTICIPANT;
    }
}
