package com.ascent.app.security;

import java.util.UUID;

/**
 * A user of the active organization, as the administrator sees them.
 *
 * @param userId      the user
 * @param displayName their name
 * @param email       the e-mail they sign in with
 * @param role        their role in this organization
 * @param version     the membership's version, for optimistic locking
 */
public record Member(UUID userId, String displayName, String email, Role role, long version) {
}
