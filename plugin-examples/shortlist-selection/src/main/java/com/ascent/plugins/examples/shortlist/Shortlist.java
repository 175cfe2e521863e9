package com.ascent.plugins.examples.shortlist;

import com.ascent.plugin.api.roster.FunctionRule;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.RosterMember;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The short list of a HiPo: up to three mentors who may mentor them (the program's function rule,
 * nobody from their reporting line) and have room left, those the rule prefers first (by default
 * another function), then the most senior.
 */
final class Shortlist {

    /** How many mentors a HiPo chooses from. */
    static final int SIZE = 3;

    private Shortlist() {
    }

    /**
     * @param hipo    the HiPo
     * @param members everyone on the roster
     * @param pairs   all pairs of the program; a guide's pairs count against their capacity, except
     *                the HiPo's own mentoring pair (so that their current choice stays on the list)
     * @param rule    the program's function rule for mentoring
     */
    static List<RosterMember> suggest(RosterMember hipo, List<RosterMember> members, List<Pair> pairs,
                                      FunctionRule rule) {
        String hipoFunction = Objects.requireNonNullElse(hipo.function(), "");
        Comparator<RosterMember> preferred = Comparator.comparing(
                (RosterMember m) -> sameFunction(hipoFunction, m) != prefersSame(rule));
        return members.stream()
                .filter(m -> m.role().guides(PairKind.MENTORING))
                .filter(m -> rule.allows(hipoFunction, m.function()))
                .filter(m -> !inReportingLine(hipo, m))
                .filter(m -> roomLeft(m, hipo.id(), pairs) > 0)
                .sorted(preferred
                        .thenComparing(m -> Objects.requireNonNullElse(m.level(), 0), Comparator.reverseOrder())
                        .thenComparing(RosterMember::displayName))
                .limit(SIZE)
                .toList();
    }

    private static boolean prefersSame(FunctionRule rule) {
        return rule == FunctionRule.MUST_BE_SAME || rule == FunctionRule.PREFER_SAME;
    }

    private static boolean sameFunction(String hipoFunction, RosterMember guide) {
        return hipoFunction.equalsIgnoreCase(Objects.requireNonNullElse(guide.function(), ""));
    }

    /** A manager of the HiPo, or someone who reports to them, cannot mentor them. */
    private static boolean inReportingLine(RosterMember hipo, RosterMember guide) {
        UUID hipoPerson = hipo.personId();
        UUID guidePerson = guide.personId();
        return guidePerson != null && hipo.reportingLine().contains(guidePerson)
                || hipoPerson != null && guide.reportingLine().contains(hipoPerson);
    }

    private static int roomLeft(RosterMember guide, UUID hipoId, List<Pair> pairs) {
        long taken = pairs.stream()
                .filter(p -> p.guideMemberId().equals(guide.id()))
                .filter(p -> !(p.hipoMemberId().equals(hipoId) && p.kind() == PairKind.MENTORING))
                .count();
        return guide.capacity() - (int) taken;
    }
}
