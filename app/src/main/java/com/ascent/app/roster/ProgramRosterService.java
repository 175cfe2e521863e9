package com.ascent.app.roster;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.people.PeopleDirectory;
import com.ascent.app.program.ProgramChanged;
import com.ascent.app.security.CurrentUser;
import com.ascent.app.text.InputText;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.ProgramEvent;
import com.ascent.plugin.api.people.Person;
import com.ascent.plugin.api.roster.CriteriaDraft;
import com.ascent.plugin.api.roster.CriteriaWeights;
import com.ascent.plugin.api.roster.CriterionScore;
import com.ascent.plugin.api.roster.MatchingCriteria;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.PairProposal;
import com.ascent.plugin.api.roster.PairStatus;
import com.ascent.plugin.api.roster.PairingWaiver;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a program's roster, selection criteria, pairs and waivers. Exceptions carry
 * translation keys of the {@code roster} bundle; callers translate them for the user.
 *
 * <p>Every write of pairs first takes the program's row lock, so that two users confirming,
 * swapping or re-running matching at the same moment are served one after the other and a
 * guide's capacity is always counted on settled data.
 */
@Service
public class ProgramRosterService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_REASON_LENGTH = 1000;
    private static final int MAX_LEVEL_GAP = 10;
    private static final Comparator<RosterMember> ROSTER_ORDER = Comparator
            .comparing((RosterMember m) -> m.role().isGuide())
            .thenComparing(m -> m.displayName().toLowerCase(Locale.ROOT))
            .thenComparing(RosterMember::id);

    private final RosterRepository roster;
    private final PairRepository pairs;
    private final CriteriaRepository criteria;
    private final PeopleDirectory people;
    private final OrganizationScope organization;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    ProgramRosterService(RosterRepository roster, PairRepository pairs, CriteriaRepository criteria,
                         PeopleDirectory people, OrganizationScope organization, CurrentUser currentUser,
                         ApplicationEventPublisher events) {
        this.events = events;
        this.roster = roster;
        this.pairs = pairs;
        this.criteria = criteria;
        this.people = people;
        this.organization = organization;
        this.currentUser = currentUser;
    }

    // --- Members ---------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @RolesAllowed({"VIEWER", "PARTICIPANT"})
    public List<RosterMember> members(UUID programId) {
        UUID org = requireProgram(programId);
        return assemble(roster.members(org, programId));
    }

    @Transactional(readOnly = true)
    @RolesAllowed({"VIEWER", "PARTICIPANT"})
    public Optional<RosterMember> member(UUID programId, UUID id) {
        UUID org = requireProgram(programId);
        return roster.member(org, programId, id).map(row -> assemble(List.of(row)).getFirst());
    }

    @Transactional
    @RolesAllowed("HR")
    public RosterMember addMember(UUID programId, MemberDraft draft) {
        draft = InputText.clean(draft);
        return insertMembers(programId, List.of(draft)).getFirst();
    }

    @Transactional
    @RolesAllowed("HR")
    public List<RosterMember> addMembers(UUID programId, List<MemberDraft> drafts) {
        drafts = drafts.stream().map(InputText::clean).toList();
        return insertMembers(programId, drafts);
    }

    private List<RosterMember> insertMembers(UUID programId, List<MemberDraft> drafts) {
        UUID org = lockProgram(programId);
        List<MemberDraft> normalized = drafts.stream().map(ProgramRosterService::normalize).toList();
        normalized.forEach(ProgramRosterService::validate);
        List<UUID> personIds = normalized.stream().map(MemberDraft::personId).filter(Objects::nonNull).toList();
        if (!people.getAll(personIds).keySet().containsAll(personIds)) {
            throw new InvalidInputException("personId", "roster.error.personNotFound");
        }
        Map<UUID, RosterRole> roles = new HashMap<>();
        roster.members(org, programId).stream().filter(m -> m.personId() != null)
                .forEach(m -> roles.put(m.personId(), m.role()));
        for (MemberDraft draft : normalized) {
            if (draft.personId() == null) {
                continue;
            }
            RosterRole existing = roles.putIfAbsent(draft.personId(), draft.role());
            if (existing != null) {
                throw new InvalidInputException("personId", existing.isGuide() != draft.role().isGuide()
                        ? "roster.error.hipoCannotGuide" : "roster.error.alreadyOnRoster");
            }
        }
        List<UUID> ids = normalized.stream().map(draft -> roster.insert(org, programId, draft)).toList();
        rosterChanged(org, programId);
        Map<UUID, RosterMember> added = assemble(roster.members(org, programId)).stream()
                .filter(m -> ids.contains(m.id()))
                .collect(Collectors.toMap(RosterMember::id, m -> m));
        return ids.stream().map(added::get).toList();
    }

    @Transactional
    @RolesAllowed("HR")
    public RosterMember updateMember(UUID programId, UUID id, long expectedVersion, MemberDraft draft) {
        draft = InputText.clean(draft);
        UUID org = lockProgram(programId);
        MemberRow existing = roster.member(org, programId, id)
                .orElseThrow(() -> new ConcurrentEditException("roster.error.gone"));
        MemberDraft normalized = normalize(draft);
        validate(normalized);
        if (!Objects.equals(normalized.personId(), existing.personId())) {
            throw new InvalidInputException("personId", "roster.error.personFixed");
        }
        RosterRole role = normalized.role();
        List<Pair> all = pairs.pairs(org, programId);
        List<Pair> guided = all.stream().filter(p -> p.guideMemberId().equals(id)).toList();
        boolean hipoHasPairs = all.stream().anyMatch(p -> p.hipoMemberId().equals(id))
                || pairs.waivers(org, programId).stream().anyMatch(w -> w.hipoMemberId().equals(id));
        if ((role != RosterRole.HIPO && hipoHasPairs) || guided.stream().anyMatch(p -> !role.guides(p.kind()))) {
            throw new InvalidInputException("role", "roster.error.roleHasPairs");
        }
        if (role.isGuide() && normalized.capacity() < guided.size()) {
            throw new InvalidInputException("capacity", "roster.error.capacityBelowPairs");
        }
        if (!roster.update(org, id, expectedVersion, normalized)) {
            throw new ConcurrentEditException("roster.error.concurrentEdit");
        }
        rosterChanged(org, programId);
        return assemble(List.of(roster.member(org, programId, id).orElseThrow())).getFirst();
    }

    @Transactional
    @RolesAllowed("HR")
    public void removeMember(UUID programId, UUID id, long expectedVersion) {
        UUID org = lockProgram(programId);
        if (!roster.delete(org, programId, id, expectedVersion)) {
            throw new ConcurrentEditException("roster.error.concurrentEdit");
        }
        rosterChanged(org, programId);
    }

    private void rosterChanged(UUID org, UUID programId) {
        events.publishEvent(new ProgramChanged(org, new ProgramEvent(ProgramEvent.Kind.ROSTER_CHANGED, programId)));
    }

    // --- Criteria --------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public MatchingCriteria criteria(UUID programId, PairKind kind) {
        return criteria(requireProgram(programId), programId, kind);
    }

    private MatchingCriteria criteria(UUID org, UUID programId, PairKind kind) {
        return criteria.find(org, programId, kind).orElseGet(() -> CriteriaDefaults.of(kind));
    }

    @Transactional
    @RolesAllowed("HR")
    public MatchingCriteria saveCriteria(UUID programId, PairKind kind, long expectedVersion, CriteriaDraft draft) {
        UUID org = requireProgram(programId);
        CriteriaWeights w = draft.weights();
        if (List.of(w.capabilities(), w.seniority(), w.function(), w.location(), w.language(), w.availability())
                .stream().anyMatch(weight -> weight < 0 || weight > CriteriaWeights.MAX)) {
            throw new InvalidInputException("weights", "roster.error.weightRange");
        }
        if (w.total() == 0) {
            throw new InvalidInputException("weights", "roster.error.weightsAllZero");
        }
        if (draft.minimumLevelGap() < 0 || draft.minimumLevelGap() > MAX_LEVEL_GAP) {
            throw new InvalidInputException("minimumLevelGap", "roster.error.levelGapRange");
        }
        Optional<MatchingCriteria> saved = expectedVersion == 0
                ? criteria.insert(org, programId, kind, draft)
                : criteria.update(org, programId, kind, expectedVersion, draft);
        return saved.orElseThrow(() -> new ConcurrentEditException("roster.error.concurrentEdit"));
    }

    // --- Pairs -----------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @RolesAllowed({"VIEWER", "PARTICIPANT"})
    public List<Pair> pairs(UUID programId) {
        return pairs.pairs(requireProgram(programId), programId);
    }

    @Transactional(readOnly = true)
    @RolesAllowed({"VIEWER", "PARTICIPANT"})
    public List<Pair> confirmedPairs(UUID programId) {
        return pairs(programId).stream().filter(Pair::confirmed).toList();
    }

    @Transactional
    @RolesAllowed("HR")
    public List<Pair> replaceProposals(UUID programId, PairKind kind, List<PairProposal> proposals) {
        UUID org = lockProgram(programId);
        pairs.deleteUnlockedProposals(org, programId, kind);
        PairRules rules = rules(org, programId, pairs.pairs(org, programId));
        for (PairProposal proposal : proposals) {
            if (proposal.kind() != kind) {
                throw new InvalidInputException("kind", "roster.error.kindMismatch");
            }
            if (rules.paired(proposal.hipoMemberId(), kind)) {
                throw new ConcurrentEditException("roster.error.pairsChanged");
            }
            rules.check(proposal);
            rules.add(proposal);
        }
        pairs.insert(org, programId, proposals, false);
        return pairs.pairs(org, programId).stream().filter(p -> p.kind() == kind).toList();
    }

    @Transactional
    @RolesAllowed("HR")
    public Pair addPair(UUID programId, PairProposal proposal) {
        UUID org = lockProgram(programId);
        PairRules rules = rules(org, programId, pairs.pairs(org, programId));
        if (rules.paired(proposal.hipoMemberId(), proposal.kind())) {
            throw new InvalidInputException("hipoMemberId", "roster.error.hipoAlreadyPaired");
        }
        rules.check(proposal);
        pairs.insert(org, programId, List.of(proposal), true);
        return pairs.pairs(org, programId).stream()
                .filter(p -> p.hipoMemberId().equals(proposal.hipoMemberId()) && p.kind() == proposal.kind())
                .findFirst().orElseThrow();
    }

    @Transactional
    @RolesAllowed("HR")
    public Pair changeGuide(UUID programId, UUID pairId, long expectedVersion, UUID guideMemberId,
                            @Nullable BigDecimal score, List<CriterionScore> explanation) {
        UUID org = lockProgram(programId);
        List<Pair> all = pairs.pairs(org, programId);
        Pair pair = current(all, pairId, expectedVersion);
        if (pair.confirmed()) {
            throw new InvalidInputException("status", "roster.error.confirmedPairFixed");
        }
        PairRules rules = rules(org, programId, all);
        rules.remove(pair);
        rules.check(new PairProposal(pair.hipoMemberId(), guideMemberId, pair.kind(), score, explanation));
        return pairs.changeGuide(org, pairId, expectedVersion, guideMemberId, score, explanation)
                .orElseThrow(() -> new ConcurrentEditException("roster.error.concurrentEdit"));
    }

    @Transactional
    @RolesAllowed("HR")
    public Pair lock(UUID programId, UUID pairId, long expectedVersion) {
        UUID org = lockProgram(programId);
        current(pairs.pairs(org, programId), pairId, expectedVersion);
        return pairs.setLocked(org, pairId, expectedVersion, true)
                .orElseThrow(() -> new ConcurrentEditException("roster.error.concurrentEdit"));
    }

    @Transactional
    @RolesAllowed("HR")
    public Pair unlock(UUID programId, UUID pairId, long expectedVersion) {
        UUID org = lockProgram(programId);
        if (current(pairs.pairs(org, programId), pairId, expectedVersion).confirmed()) {
            throw new InvalidInputException("locked", "roster.error.confirmedPairFixed");
        }
        return pairs.setLocked(org, pairId, expectedVersion, false)
                .orElseThrow(() -> new ConcurrentEditException("roster.error.concurrentEdit"));
    }

    @Transactional
    @RolesAllowed("HR")
    public List<Pair> confirm(UUID programId, List<Pair> toConfirm) {
        UUID org = lockProgram(programId);
        Set<UUID> ids = toConfirm.stream().map(Pair::id).collect(Collectors.toSet());
        if (ids.size() != toConfirm.size() || pairs.confirm(org, programId, toConfirm) != toConfirm.size()) {
            throw new ConcurrentEditException("roster.error.concurrentEdit");
        }
        pairs.deleteWaivers(org, toConfirm);
        events.publishEvent(new ProgramChanged(org, new ProgramEvent(ProgramEvent.Kind.PAIRS_CONFIRMED, programId)));
        return pairs.pairs(org, programId).stream().filter(p -> ids.contains(p.id())).toList();
    }

    @Transactional
    @RolesAllowed("HR")
    public Pair reopen(UUID programId, UUID pairId, long expectedVersion) {
        UUID org = lockProgram(programId);
        current(pairs.pairs(org, programId), pairId, expectedVersion);
        return pairs.setStatus(org, pairId, expectedVersion, PairStatus.PROPOSED)
                .orElseThrow(() -> new ConcurrentEditException("roster.error.concurrentEdit"));
    }

    @Transactional
    @RolesAllowed("HR")
    public void removePair(UUID programId, UUID pairId, long expectedVersion) {
        UUID org = lockProgram(programId);
        if (!pairs.delete(org, programId, pairId, expectedVersion)) {
            throw new ConcurrentEditException("roster.error.concurrentEdit");
        }
    }

    // --- Waivers ---------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<PairingWaiver> waivers(UUID programId) {
        return pairs.waivers(requireProgram(programId), programId);
    }

    @Transactional
    @RolesAllowed("HR")
    public PairingWaiver recordWaiver(UUID programId, UUID hipoMemberId, PairKind kind, String reason) {
        reason = InputText.text("reason", reason);
        UUID org = lockProgram(programId);
        String text = reason.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("reason", "roster.error.reasonRequired");
        }
        if (text.length() > MAX_REASON_LENGTH) {
            throw new InvalidInputException("reason", "roster.error.reasonTooLong");
        }
        if (roster.member(org, programId, hipoMemberId).filter(m -> m.role() == RosterRole.HIPO).isEmpty()) {
            throw new InvalidInputException("hipoMemberId", "roster.error.notAHipo");
        }
        if (pairs.pairs(org, programId).stream().anyMatch(p -> p.confirmed() && p.kind() == kind
                && p.hipoMemberId().equals(hipoMemberId))) {
            throw new InvalidInputException("hipoMemberId", "roster.error.alreadyConfirmed");
        }
        if (pairs.waivers(org, programId).stream().anyMatch(w -> w.kind() == kind
                && w.hipoMemberId().equals(hipoMemberId))) {
            throw new InvalidInputException("hipoMemberId", "roster.error.waiverExists");
        }
        return pairs.insertWaiver(org, programId, hipoMemberId, kind, text, currentUser.require().displayName());
    }

    @Transactional
    @RolesAllowed("HR")
    public void removeWaiver(UUID programId, UUID id, long expectedVersion) {
        UUID org = lockProgram(programId);
        if (!pairs.deleteWaiver(org, programId, id, expectedVersion)) {
            throw new ConcurrentEditException("roster.error.concurrentEdit");
        }
    }

    // --- Helpers ---------------------------------------------------------------------------------

    private UUID requireProgram(UUID programId) {
        UUID org = organization.require();
        if (!roster.programExists(org, programId)) {
            throw new ConcurrentEditException("roster.error.programGone");
        }
        return org;
    }

    private UUID lockProgram(UUID programId) {
        UUID org = organization.require();
        if (!roster.lockProgram(org, programId)) {
            throw new ConcurrentEditException("roster.error.programGone");
        }
        return org;
    }

    private PairRules rules(UUID org, UUID programId, List<Pair> existing) {
        Map<PairKind, MatchingCriteria> byKind = new EnumMap<>(PairKind.class);
        for (PairKind kind : PairKind.values()) {
            byKind.put(kind, criteria(org, programId, kind));
        }
        return new PairRules(assemble(roster.members(org, programId)), existing, byKind);
    }

    /** The pair as stored, if the caller's version is still the current one. */
    private static Pair current(List<Pair> all, UUID pairId, long expectedVersion) {
        Pair pair = all.stream().filter(p -> p.id().equals(pairId)).findFirst()
                .orElseThrow(() -> new ConcurrentEditException("roster.error.gone"));
        if (pair.version() != expectedVersion) {
            throw new ConcurrentEditException("roster.error.concurrentEdit");
        }
        return pair;
    }

    /** Joins the people directory's entries and reporting lines in; HiPos first, then by name. */
    private List<RosterMember> assemble(List<MemberRow> rows) {
        Set<UUID> personIds = rows.stream().map(MemberRow::personId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, Person> persons = people.getAll(personIds);
        Map<UUID, List<UUID>> lines = people.reportingLines(personIds);
        List<RosterMember> members = new ArrayList<>(rows.size());
        for (MemberRow row : rows) {
            UUID personId = row.personId();
            if (personId == null) {
                members.add(new RosterMember(row.id(), row.version(), null, Objects.requireNonNull(row.externalName()),
                        Objects.requireNonNullElse(row.externalEmail(), ""), row.externalLocation(), row.role(),
                        row.capacity(), row.languages(), row.availability(), row.capabilities(), List.of()));
            } else {
                Person person = Objects.requireNonNull(persons.get(personId), "directory entry of a roster member");
                members.add(new RosterMember(row.id(), row.version(), person, person.fullName(), person.email(),
                        person.location(), row.role(), row.capacity(), row.languages(), row.availability(),
                        row.capabilities(), lines.getOrDefault(personId, List.of())));
            }
        }
        members.sort(ROSTER_ORDER);
        return members;
    }

    private static MemberDraft normalize(MemberDraft draft) {
        boolean hipo = draft.role() == RosterRole.HIPO;
        return new MemberDraft(draft.personId(), blankToNull(draft.externalName()), blankToNull(draft.externalEmail()),
                blankToNull(draft.externalLocation()), draft.role(), hipo ? 0 : draft.capacity(),
                distinct(draft.languages()), draft.availability(), distinct(draft.capabilities()));
    }

    private static void validate(MemberDraft draft) {
        boolean employee = draft.personId() != null;
        if (employee && draft.externalName() != null) {
            throw new InvalidInputException("externalName", "roster.error.personOrExternal");
        }
        if (!employee && draft.externalName() == null) {
            throw new InvalidInputException("personId", "roster.error.personRequired");
        }
        if (draft.role() == RosterRole.HIPO && !employee) {
            throw new InvalidInputException("role", "roster.error.hipoMustBeEmployee");
        }
        if (draft.role().isGuide() && draft.capacity() < 1) {
            throw new InvalidInputException("capacity", "roster.error.capacityTooLow");
        }
        if (draft.capacity() > MemberDraft.MAX_CAPACITY) {
            throw new InvalidInputException("capacity", "roster.error.capacityTooHigh");
        }
        String email = draft.externalEmail();
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("externalEmail", "roster.error.emailInvalid");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Trimmed, without blanks, each value once (compared without case), in the order given. */
    private static List<String> distinct(Collection<String> values) {
        Map<String, String> unique = new LinkedHashMap<>();
        values.stream().map(String::strip).filter(v -> !v.isEmpty())
                .forEach(v -> unique.putIfAbsent(v.toLowerCase(Locale.ROOT), v));
        return List.copyOf(unique.values());
    }
}
