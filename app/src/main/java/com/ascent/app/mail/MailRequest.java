package com.ascent.app.mail;

import java.util.Locale;
import java.util.UUID;

/**
 * One message to queue. {@code uniqueKey} names the occasion (e.g. {@code "session-soon:<event>:<date>"}):
 * a message whose key was already queued in the organization is not queued again. The body is plain
 * text, rendered by the caller in {@code language}, with absolute links ({@link PublicAddress#link}).
 */
public record MailRequest(String uniqueKey, UUID organizationId, String recipientEmail, String recipientName,
                          Locale language, String kind, String subject, String body) {
}
