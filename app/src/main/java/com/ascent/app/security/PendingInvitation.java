package com.ascent.app.security;

import java.time.Instant;
import java.util.UUID;

/** An invitation of the active organization that nobody has answered yet, as its administrators see it. */
public record PendingInvitation(UUID id, String email, Role role, String invitedBy, Instant expiresAt) {
}
