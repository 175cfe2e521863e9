package com.ascent.plugin.api.objectives;

import java.util.List;

/**
 * An objective to add together with its first success indicators, for example from a template.
 *
 * @param objective  the objective
 * @param indicators its success indicators, in order; may be empty
 * @since 1.1.0
 */
public record NewObjective(ObjectiveDraft objective, List<IndicatorDraft> indicators) {

    public NewObjective {
        indicators = List.copyOf(indicators);
    }
}
