package com.ascent.app.program;

import com.ascent.plugin.api.ProgramEvent;
import java.util.UUID;

/**
 * The Spring event a service publishes inside its transaction when something steps may want to
 * know happened to a program; the wizard relays it to the steps once the transaction committed.
 *
 * @param organizationId the program's organization
 * @param event          what happened, as the steps are told
 */
public record ProgramChanged(UUID organizationId, ProgramEvent event) {
}
