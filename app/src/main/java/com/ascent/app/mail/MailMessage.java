package com.ascent.app.mail;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A message of the outbox as administrators see it. */
public record MailMessage(UUID id, String recipientEmail, String recipientName, String language, String kind,
                          String subject, String body, MailStatus status, int attempts,
                          @Nullable Instant nextAttemptAt, @Nullable Instant sentAt, @Nullable String lastError,
                          Instant createdAt) {
}
