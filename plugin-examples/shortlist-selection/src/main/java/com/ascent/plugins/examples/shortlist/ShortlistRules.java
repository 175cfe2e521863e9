package com.ascent.plugins.examples.shortlist;

import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.PairingWaiver;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * When the step is complete: the roster has HiPos and mentors, and every HiPo has a confirmed
 * mentor (or HR recorded why they go without one).
 */
final class ShortlistRules {

    private ShortlistRules() {
    }

    static List<String> missing(List<RosterMember> members, List<Pair> pairs, List<PairingWaiver> waivers,
                                Translator messages) {
        List<String> missing = new ArrayList<>();
        List<RosterMember> hipos = members.stream().filter(m -> m.role() == RosterRole.HIPO).toList();
        if (hipos.isEmpty()) {
            missing.add(messages.get("status.noHipos"));
        }
        if (members.stream().noneMatch(m -> m.role().guides(PairKind.MENTORING))) {
            missing.add(messages.get("status.noMentors"));
        }
        Map<UUID, String> names = members.stream()
                .collect(Collectors.toMap(RosterMember::id, RosterMember::displayName));
        for (RosterMember hipo : hipos) {
            if (waivers.stream().anyMatch(w -> w.hipoMemberId().equals(hipo.id()) && w.kind() == PairKind.MENTORING)) {
                continue;
            }
            Optional<Pair> mentoring = mentoringPair(hipo, pairs);
            if (mentoring.isEmpty()) {
                missing.add(messages.get("status.notChosen", hipo.displayName()));
            } else if (!mentoring.get().confirmed()) {
                missing.add(messages.get("status.notConfirmed", hipo.displayName(),
                        names.getOrDefault(mentoring.get().guideMemberId(), "")));
            }
        }
        return missing;
    }

    /** The HiPo's mentoring pair, proposed (the mentee's choice) or confirmed (by HR). */
    static Optional<Pair> mentoringPair(RosterMember hipo, List<Pair> pairs) {
        return pairs.stream()
                .filter(p -> p.hipoMemberId().equals(hipo.id()) && p.kind() == PairKind.MENTORING)
                .findFirst();
    }
}
