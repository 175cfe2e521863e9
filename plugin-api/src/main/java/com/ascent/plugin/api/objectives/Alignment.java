package com.ascent.plugin.api.objectives;

import java.util.UUID;

/**
 * How an objective serves one strategy statement.
 *
 * @param statementId the strategy statement served
 * @param how         in a sentence, how the objective serves it
 */
public record Alignment(UUID statementId, String how) {
}
