package com.ascent.plugins.framework;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.calendar.EventStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What the step still needs: a saved structure and a calendar for every confirmed pair, named. */
final class FrameworkProgress {

    private FrameworkProgress() {
    }

    static List<String> missing(StepContext context) {
        Translator messages = context.messages();
        List<String> missing = new ArrayList<>();
        if (context.calendar().framework().isEmpty()) {
            missing.add(messages.get("status.noStructure"));
        }
        PairNames names = new PairNames(context);
        if (names.pairs().isEmpty()) {
            missing.add(messages.get("status.noPairs"));
            return missing;
        }
        Set<UUID> without = Set.copyOf(context.calendar().pairsWithoutCalendar());
        names.pairs().stream().filter(p -> without.contains(p.id()))
                .forEach(p -> missing.add(messages.get("status.pairWithoutCalendar", names.of(p))));
        long unscheduled = context.calendar().events().stream()
                .filter(e -> !e.scheduled() && e.status() != EventStatus.CANCELLED).count();
        if (unscheduled > 0) {
            missing.add(messages.get("status.unscheduled", unscheduled));
        }
        return missing;
    }
}
