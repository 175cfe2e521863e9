package com.ascent.app.organization;

import com.ascent.app.security.Role;
import java.util.UUID;

/** One of the signed-in user's organizations, with their role in it; an archived one is read-only. */
public record Organization(UUID id, String name, Role role, boolean archived, long version) {

    /** Whether the user may rename, archive and unarchive it. */
    public boolean administered() {
        return role == Role.ADMIN;
    }
}
