package com.ascent.app.wizard;

import com.ascent.app.roster.ProgramRosterService;
import com.ascent.plugin.api.roster.CriteriaDraft;
import com.ascent.plugin.api.roster.CriterionScore;
import com.ascent.plugin.api.roster.MatchingCriteria;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.PairProposal;
import com.ascent.plugin.api.roster.PairingWaiver;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The plugin API's view of one program's roster, criteria, pairs and waivers. */
record ProgramRoster(ProgramRosterService roster, UUID programId, HostMessages messages) implements RosterService {

    @Override
    public List<RosterMember> members() {
        return messages.translated(() -> roster.members(programId));
    }

    @Override
    public Optional<RosterMember> member(UUID id) {
        return messages.translated(() -> roster.member(programId, id));
    }

    @Override
    public RosterMember addMember(MemberDraft draft) {
        return messages.translated(() -> roster.addMember(programId, draft));
    }

    @Override
    public List<RosterMember> addMembers(List<MemberDraft> drafts) {
        return messages.translated(() -> roster.addMembers(programId, drafts));
    }

    @Override
    public RosterMember updateMember(UUID id, long expectedVersion, MemberDraft draft) {
        return messages.translated(() -> roster.updateMember(programId, id, expectedVersion, draft));
    }

    @Override
    public void removeMember(UUID id, long expectedVersion) {
        messages.translated(() -> roster.removeMember(programId, id, expectedVersion));
    }

    @Override
    public MatchingCriteria criteria(PairKind kind) {
        return messages.translated(() -> roster.criteria(programId, kind));
    }

    @Override
    public MatchingCriteria saveCriteria(PairKind kind, long expectedVersion, CriteriaDraft draft) {
        return messages.translated(() -> roster.saveCriteria(programId, kind, expectedVersion, draft));
    }

    @Override
    public List<Pair> pairs() {
        return messages.translated(() -> roster.pairs(programId));
    }

    @Override
    public List<Pair> confirmedPairs() {
        return messages.translated(() -> roster.confirmedPairs(programId));
    }

    @Override
    public List<Pair> replaceProposals(PairKind kind, List<PairProposal> proposals) {
        return messages.translated(() -> roster.replaceProposals(programId, kind, proposals));
    }

    @Override
    public Pair addPair(PairProposal proposal) {
        return messages.translated(() -> roster.addPair(programId, proposal));
    }

    @Override
    public Pair changeGuide(UUID pairId, long expectedVersion, UUID guideMemberId, @Nullable BigDecimal score,
                            List<CriterionScore> explanation) {
        return messages.translated(() -> roster.changeGuide(programId, pairId, expectedVersion, guideMemberId, score,
                explanation));
    }

    @Override
    public Pair lock(UUID pairId, long expectedVersion) {
        return messages.translated(() -> roster.lock(programId, pairId, expectedVersion));
    }

    @Override
    public Pair unlock(UUID pairId, long expectedVersion) {
        return messages.translated(() -> roster.unlock(programId, pairId, expectedVersion));
    }

    @Override
    public List<Pair> confirm(List<Pair> pairs) {
        return messages.translated(() -> roster.confirm(programId, pairs));
    }

    @Override
    public Pair reopen(UUID pairId, long expectedVersion) {
        return messages.translated(() -> roster.reopen(programId, pairId, expectedVersion));
    }

    @Override
    public void removePair(UUID pairId, long expectedVersion) {
        messages.translated(() -> roster.removePair(programId, pairId, expectedVersion));
    }

    @Override
    public List<PairingWaiver> waivers() {
        return messages.translated(() -> roster.waivers(programId));
    }

    @Override
    public PairingWaiver recordWaiver(UUID hipoMemberId, PairKind kind, String reason) {
        return messages.translated(() -> roster.recordWaiver(programId, hipoMemberId, kind, reason));
    }

    @Override
    public void removeWaiver(UUID id, long expectedVersion) {
        messages.translated(() -> roster.removeWaiver(programId, id, expectedVersion));
    }
}
