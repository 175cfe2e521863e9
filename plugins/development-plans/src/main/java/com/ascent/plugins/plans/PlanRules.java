package com.ascent.plugins.plans;

import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.plans.PlanReadiness;
import java.util.ArrayList;
import java.util.List;

/** What is still missing before every HiPo has a plan, each sentence naming the HiPo. */
final class PlanRules {

    private PlanRules() {
    }

    static List<String> missing(List<PlanReadiness> readiness, Translator messages) {
        if (readiness.isEmpty()) {
            return List.of(messages.get("missing.noHipos"));
        }
        List<String> missing = new ArrayList<>();
        for (PlanReadiness hipo : readiness) {
            if (hipo.ready()) {
                continue;
            }
            if (!hipo.hasPlan()) {
                missing.add(messages.get("missing.noPlan", hipo.hipoName()));
                continue;
            }
            if (!hipo.hasLinkedGoal()) {
                missing.add(messages.get("missing.linkedGoal", hipo.hipoName()));
            }
            if (!hipo.hasActivity()) {
                missing.add(messages.get("missing.activity", hipo.hipoName()));
            }
        }
        return missing;
    }
}
