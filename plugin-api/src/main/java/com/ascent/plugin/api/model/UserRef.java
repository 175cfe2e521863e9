package com.ascent.plugin.api.model;

import java.util.UUID;

/** A signed-in user of Ascent. */
public record UserRef(UUID id, String displayName, String email) {
}
