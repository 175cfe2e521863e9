package com.ascent.plugins.objectives;

import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.objectives.Objective;
import java.util.ArrayList;
import java.util.List;

/**
 * When the Objectives step is complete: the program has at least one objective, and every
 * objective serves a strategy statement and has a success indicator with a target. Otherwise,
 * one sentence per gap, naming the objective.
 */
final class ObjectiveRules {

    private ObjectiveRules() {
    }

    static List<String> missing(List<Objective> objectives, Translator messages) {
        if (objectives.isEmpty()) {
            return List.of(messages.get("status.noObjective"));
        }
        List<String> missing = new ArrayList<>();
        for (Objective objective : objectives) {
            if (objective.alignments().isEmpty()) {
                missing.add(messages.get("status.notAligned", objective.title()));
            }
            if (objective.indicators().isEmpty()) {
                missing.add(messages.get("status.noIndicator", objective.title()));
            } else if (objective.indicators().stream().noneMatch(i -> i.target() != null)) {
                missing.add(messages.get("status.noTarget", objective.title()));
            }
        }
        return missing;
    }
}
