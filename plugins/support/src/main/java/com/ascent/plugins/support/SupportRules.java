package com.ascent.plugins.support;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import com.ascent.plugin.api.support.Assignment;
import com.ascent.plugin.api.support.AssignmentStatus;
import com.ascent.plugin.api.support.NoSupportDecision;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** When the step is done: every HiPo has a resource that is not dropped, or a recorded decision. */
final class SupportRules {

    private SupportRules() {
    }

    static List<RosterMember> hipos(StepContext context) {
        return context.roster().members().stream().filter(m -> m.role() == RosterRole.HIPO).toList();
    }

    /** HiPos with neither a resource that is not dropped nor a "no additional support" decision. */
    static List<RosterMember> uncovered(StepContext context) {
        Set<UUID> covered = context.support().assignments().stream()
                .filter(a -> a.status() != AssignmentStatus.DROPPED).map(Assignment::hipoMemberId)
                .collect(Collectors.toSet());
        context.support().decisions().stream().map(NoSupportDecision::hipoMemberId).forEach(covered::add);
        return hipos(context).stream().filter(h -> !covered.contains(h.id())).toList();
    }

    static List<String> missing(StepContext context) {
        if (hipos(context).isEmpty()) {
            return List.of(context.messages().get("status.noHipos"));
        }
        return uncovered(context).stream()
                .map(h -> context.messages().get("status.hipoWithoutSupport", h.displayName())).toList();
    }
}
