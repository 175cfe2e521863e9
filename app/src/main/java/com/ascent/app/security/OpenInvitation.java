package com.ascent.app.security;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation as the invited person sees it: to which organization, with which role, for which
 * e-mail, and until when the link works.
 */
public record OpenInvitation(UUID id, UUID organizationId, String organizationName, String email, Role role,
                             Instant expiresAt) {
}
