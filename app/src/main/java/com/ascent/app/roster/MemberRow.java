package com.ascent.app.roster;

import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.RosterRole;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A roster member as stored, before the people directory's entry is joined in. */
record MemberRow(UUID id, long version, @Nullable UUID personId, @Nullable String externalName,
                 @Nullable String externalEmail, @Nullable String externalLocation, RosterRole role, int capacity,
                 List<String> languages, Availability availability, List<String> capabilities) {
}
