package com.ascent.plugins.objectives;

import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.objectives.Objective;
import java.util.ArrayList;
import java.util.List;

/** When the Objectives step is complete: what is still missing, in the user's words. */
final class ObjectiveRules {

    private ObjectiveRules() {
    }

    static List<String> missing(List<Objective> objectives, Translator messages) {
        if (objectives.isEmpty()) {
            return List.of(messages.get("status.noObjective"));
        }
        List<String> missing = new ArrayList<>();
        for (Objective objective : objectives) {
            if (objective.indicators().stream().noneMatch(i -> i.target() != null)) {
                missing.add(messages.get("status.noIndicatorWithTarget", objective.title()));
            }
        }
        return missing;
    }
}
