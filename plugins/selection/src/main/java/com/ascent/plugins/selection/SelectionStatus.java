package com.ascent.plugins.selection;

import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.PairingWaiver;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * When the step is done: every HiPo on the roster has a confirmed mentor or a recorded exception.
 * Coaches are optional in this step; a program framework that requires coaching can ask for them.
 */
final class SelectionStatus {

    /** How many names a status line lists before it says "and N more". */
    private static final int NAMES_SHOWN = 3;

    private SelectionStatus() {
    }

    static List<String> missing(List<RosterMember> members, List<Pair> confirmed, List<PairingWaiver> waivers,
                                Translator messages) {
        List<RosterMember> hipos = members.stream().filter(m -> m.role() == RosterRole.HIPO).toList();
        List<String> missing = new ArrayList<>();
        if (hipos.isEmpty()) {
            missing.add(messages.get("status.noHipos"));
            return missing;
        }
        Set<UUID> settled = confirmed.stream().filter(p -> p.kind() == PairKind.MENTORING).map(Pair::hipoMemberId)
                .collect(Collectors.toSet());
        waivers.stream().filter(w -> w.kind() == PairKind.MENTORING).forEach(w -> settled.add(w.hipoMemberId()));
        List<String> unpaired = hipos.stream().filter(h -> !settled.contains(h.id())).map(RosterMember::displayName)
                .toList();
        if (!unpaired.isEmpty() && members.stream().noneMatch(m -> m.role().guides(PairKind.MENTORING))) {
            missing.add(messages.get("status.noMentors"));
        }
        if (!unpaired.isEmpty()) {
            missing.add(messages.get("status.unpaired", unpaired.size(), names(unpaired, messages)));
        }
        return missing;
    }

    static String names(List<String> names, Translator messages) {
        String shown = String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())));
        return names.size() <= NAMES_SHOWN ? shown : messages.get("status.andMore", shown, names.size() - NAMES_SHOWN);
    }
}
