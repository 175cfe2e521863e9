package com.ascent.plugin.api.model;

import java.util.UUID;

/** An organization (a client of Ascent), by id and display name. */
public record OrganizationRef(UUID id, String name) {
}
