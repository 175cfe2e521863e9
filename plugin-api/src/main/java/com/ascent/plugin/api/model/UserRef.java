package com.ascent.plugin.api.model;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A signed-in user of Ascent.
 *
 * @param id          the account's id
 * @param displayName the name shown
 * @param email       the e-mail the user signs in with
 * @param role        what the user may do in the organization (since 1.5.0)
 * @param personId    the person of the people directory the account belongs to, if it is bound to
 *                    one; {@code null} otherwise (since 1.5.0)
 */
public record UserRef(UUID id, String displayName, String email, UserRole role, @Nullable UUID personId) {

    /** A user of plugin API 1.4 and before, which told no role: a viewer, bound to no person. */
    public UserRef(UUID id, String displayName, String email) {
        this(id, displayName, email, UserRole.VIEWER, null);
    }
}
