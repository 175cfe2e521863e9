package com.ascent.plugins.template;

import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.PairingWaiver;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** When the step is complete: every HiPo has a confirmed mentor or coach, or a recorded waiver. */
final class PairsAtAGlanceRules {

    private PairsAtAGlanceRules() {
    }

    /** What is missing, one sentence per problem; empty when the step is complete. */
    static List<String> missing(List<RosterMember> members, List<Pair> confirmedPairs, List<PairingWaiver> waivers,
                                Translator messages) {
        List<RosterMember> hipos = hipos(members);
        if (hipos.isEmpty()) {
            return List.of(messages.get("status.noHipos"));
        }
        Set<UUID> covered = covered(confirmedPairs, waivers);
        List<String> missing = new ArrayList<>();
        hipos.stream().filter(hipo -> !covered.contains(hipo.id()))
                .forEach(hipo -> missing.add(messages.get("status.unpaired", hipo.displayName())));
        return missing;
    }

    static List<RosterMember> hipos(List<RosterMember> members) {
        return members.stream().filter(m -> m.role() == RosterRole.HIPO).toList();
    }

    /** HiPos with a confirmed pair of any kind or a waiver. */
    static Set<UUID> covered(List<Pair> confirmedPairs, List<PairingWaiver> waivers) {
        Set<UUID> covered = confirmedPairs.stream().map(Pair::hipoMemberId).collect(Collectors.toSet());
        waivers.forEach(waiver -> covered.add(waiver.hipoMemberId()));
        return covered;
    }
}
