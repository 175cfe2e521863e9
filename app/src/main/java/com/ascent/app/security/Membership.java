package com.ascent.app.security;

import java.util.UUID;

/** A user's role in one organization. */
public record Membership(UUID organizationId, String organizationName, Role role) {
}
