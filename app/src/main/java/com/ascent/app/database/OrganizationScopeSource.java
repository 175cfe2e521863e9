package com.ascent.app.database;

import java.util.Optional;
import java.util.UUID;

/** Where the organization of a signed-in user's request comes from (their session). */
public interface OrganizationScopeSource {

    Optional<UUID> organizationId();
}
