package com.ascent.plugin.api.calendar;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A live calendar feed: a secret address that calendar applications (Outlook, Google, Apple) poll
 * without signing in, read-only, until it is revoked.
 *
 * @param id        the feed's id
 * @param memberId  the roster member whose events it carries; {@code null} for the whole program
 * @param createdAt when it was made
 * @param url       the address to subscribe to; known only when the feed is created (only a hash
 *                  of its secret is kept), {@code null} when listed afterwards
 * @since 1.4.0
 */
public record CalendarFeed(UUID id, @Nullable UUID memberId, Instant createdAt, @Nullable String url) {
}
