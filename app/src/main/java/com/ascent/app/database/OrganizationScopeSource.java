package com.ascent.app.database;

import java.util.Optional;
import java.util.UUID;

/** Where the organization and the user of a signed-in user's request come from (their session). */
public interface OrganizationScopeSource {

    Optional<UUID> organizationId();

    /** The signed-in user, whose own memberships and organizations row-level security lets through. */
    Optional<UUID> userId();
}
