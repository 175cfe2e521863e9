package com.ascent.app.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One change of the trail. Names are today's: {@code actorName} is empty when the actor is no longer
 * a member (or was no user: {@code actorId} empty), {@code programName} when the program is gone.
 *
 * @param entity the table of the changed record
 * @param key    the record's key (its id, or its key columns joined by '/')
 * @param fields the names of the changed columns (changes only)
 */
public record AuditEntry(long id, Instant occurredAt, @Nullable UUID actorId, @Nullable String actorName,
                         AuditOperation operation, String entity, String key, List<String> fields,
                         @Nullable UUID programId, @Nullable String programName) {

    public AuditEntry {
        fields = List.copyOf(fields);
    }
}
