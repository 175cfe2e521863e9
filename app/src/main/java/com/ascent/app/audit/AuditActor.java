package com.ascent.app.audit;

import java.util.UUID;

/** Someone who made changes in the trail and is still a member, for the filter. */
public record AuditActor(UUID userId, String displayName) {
}
