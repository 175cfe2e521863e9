package com.ascent.app.people;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A checked row with the ids it will have in the directory: its own and its manager's. */
record ResolvedPerson(UUID id, @Nullable UUID managerId, PersonRow row) {
}
