package com.ascent.plugin.api.roster;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The roster, selection criteria, pairs and waivers of the context's program.
 *
 * <p>Every write is one transaction: it is stored completely or not at all. Writes carry the
 * version the caller read and refuse a stale one with
 * {@link com.ascent.plugin.api.ConcurrentEditException}; bad values are refused with
 * {@link com.ascent.plugin.api.InvalidInputException} naming the field at fault, with a message in
 * the user's language. The rules every pair must obey are listed in the
 * {@linkplain com.ascent.plugin.api.roster package description}.
 *
 * <p>Reading steps (calendar, development plans, support, measurement) need only
 * {@link #members()}, {@link #confirmedPairs()} and {@link #waivers()}.
 *
 * <p>Calls act as the signed-in user: make them while handling the user's request, or from a
 * background thread inside {@code UI.access(...)}, where Vaadin knows the user. Long computations
 * (such as matching a large roster) belong on a background thread; their results are saved inside
 * {@code UI.access(...)}.
 */
public interface RosterService {

    // --- Members -------------------------------------------------------------------------------

    /** Everyone on the roster: HiPos first, then guides, each sorted by name. */
    List<RosterMember> members();

    /** One member of this program's roster. */
    Optional<RosterMember> member(UUID id);

    /**
     * Adds a member. Refused when the person is not in the directory, is already on the roster
     * (a HiPo cannot also mentor or coach in the same program), when a guide's capacity is below 1,
     * or when an external member is meant to be a HiPo.
     */
    RosterMember addMember(MemberDraft draft);

    /** Adds several members at once, for example the HiPos picked in the 9-box grid: all or none. */
    List<RosterMember> addMembers(List<MemberDraft> drafts);

    /**
     * Changes a member's role, capacity, languages, availability and capabilities (or an external
     * guide's name, e-mail and location). Refused when a guide's capacity would fall below their
     * current pairs, or when the new role no longer covers one of their pairs.
     */
    RosterMember updateMember(UUID id, long expectedVersion, MemberDraft draft);

    /** Takes a member off the roster together with their pairs and waivers. */
    void removeMember(UUID id, long expectedVersion);

    // --- Selection criteria ----------------------------------------------------------------------

    /** The program's criteria for mentors or for coaches (defaults with version 0 if never saved). */
    MatchingCriteria criteria(PairKind kind);

    /**
     * Saves the criteria for one kind of pair; pass version 0 to replace the defaults. Refused when
     * all weights are 0, a weight is outside 0 to {@value CriteriaWeights#MAX}, or the level gap is
     * outside 0 to 10. Existing pairs are not re-checked; the rules apply to pairs written later.
     */
    MatchingCriteria saveCriteria(PairKind kind, long expectedVersion, CriteriaDraft draft);

    // --- Pairs -----------------------------------------------------------------------------------

    /** All pairs of the program, proposed and confirmed. */
    List<Pair> pairs();

    /** The program's pairs: the confirmed ones. This is what later steps build on. */
    List<Pair> confirmedPairs();

    /**
     * Replaces the unlocked proposed pairs of {@code kind} with {@code proposals}, as matching does
     * when it is run (again). Locked and confirmed pairs stay. Refused as a whole when a proposal
     * breaks a rule; refused with {@link com.ascent.plugin.api.ConcurrentEditException} when a
     * proposed HiPo got a locked or confirmed pair of that kind in the meantime.
     *
     * @return the pairs of {@code kind} after the replacement
     */
    List<Pair> replaceProposals(PairKind kind, List<PairProposal> proposals);

    /** Adds a pair chosen by hand: proposed and locked. */
    Pair addPair(PairProposal proposal);

    /**
     * Gives a proposed pair another guide with that guide's score and breakdown (a manual swap).
     * The pair becomes locked so that running matching again keeps the choice.
     */
    Pair changeGuide(UUID pairId, long expectedVersion, UUID guideMemberId, @Nullable BigDecimal score,
                     List<CriterionScore> explanation);

    /** Keeps a proposed pair when matching is run again. */
    Pair lock(UUID pairId, long expectedVersion);

    /** Lets matching replace a proposed pair again. */
    Pair unlock(UUID pairId, long expectedVersion);

    /**
     * Confirms pairs as read (their versions are checked): they become the program's pairs, locked.
     * A waiver the HiPo had for that kind of pair is removed. All or none.
     */
    List<Pair> confirm(List<Pair> pairs);

    /** Takes a confirmed pair back to proposed (still locked), so that it can be changed. */
    Pair reopen(UUID pairId, long expectedVersion);

    /** Removes a pair. */
    void removePair(UUID pairId, long expectedVersion);

    // --- Waivers ---------------------------------------------------------------------------------

    /** HR's recorded exceptions: HiPos who deliberately go without a mentor or coach, and why. */
    List<PairingWaiver> waivers();

    /**
     * Records that a HiPo goes without a pair of {@code kind}, and why. Refused when the reason is
     * empty, the member is not a HiPo, or the HiPo already has a confirmed pair of that kind.
     */
    PairingWaiver recordWaiver(UUID hipoMemberId, PairKind kind, String reason);

    /** Withdraws a waiver. */
    void removeWaiver(UUID id, long expectedVersion);
}
