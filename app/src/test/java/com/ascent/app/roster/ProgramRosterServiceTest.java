package com.ascent.app.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import com.ascent.app.support.TestPeople;
import com.ascent.app.support.TestPeople.Spec;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.CriteriaDraft;
import com.ascent.plugin.api.roster.CriteriaWeights;
import com.ascent.plugin.api.roster.CriterionScore;
import com.ascent.plugin.api.roster.FunctionRule;
import com.ascent.plugin.api.roster.MatchingCriteria;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.PairProposal;
import com.ascent.plugin.api.roster.PairStatus;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** The canonical roster: what is stored, what is refused, and that organizations stay apart. */
@IntegrationTest
class ProgramRosterServiceTest {

    @Autowired
    ProgramRosterService roster;
    @Autowired
    ProgramService programs;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestPeople people;

    Account hr;
    UUID program;
    UUID director;
    UUID financeManager;
    UUID financeHipo;
    UUID financeMentor;
    UUID marketingMentor;

    @BeforeEach
    void programWithPeople() {
        hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        program = programs.create(new ProgramDraft("Future leaders", "", LocalDate.of(2027, 1, 11), "Maria Nowak")).id();
        director = people.add(hr.organizationId(), Spec.of("Dana Director", "Finance", 12));
        financeManager = people.add(hr.organizationId(), Spec.of("Frank Manager", "Finance", 9).managedBy(director));
        financeHipo = people.add(hr.organizationId(), Spec.of("Ana Finance", "Finance", 5).managedBy(financeManager));
        financeMentor = people.add(hr.organizationId(), Spec.of("Felix Finance", "Finance", 9));
        marketingMentor = people.add(hr.organizationId(), Spec.of("Mia Marketing", "Marketing", 9));
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void membersCarryTheirDirectoryEntryAndReportingLine() {
        RosterMember hipo = roster.addMember(program, MemberDraft.hipo(financeHipo));

        assertThat(hipo.displayName()).isEqualTo("Ana Finance");
        assertThat(hipo.function()).isEqualTo("Finance");
        assertThat(hipo.level()).isEqualTo(5);
        assertThat(hipo.reportingLine()).containsExactly(financeManager, director);
        assertThat(hipo.capacity()).isZero();
        assertThat(roster.members(program)).extracting(RosterMember::id).containsExactly(hipo.id());
    }

    @Test
    void anExternalCoachNeedsNoEmployeeRecord() {
        RosterMember coach = roster.addMember(program, MemberDraft.external(" Claire Coach ", "claire@coaching.example",
                "Berlin", RosterRole.COACH, 3, List.of("English", "german", "English "), Availability.HIGH,
                List.of("Change management")));

        assertThat(coach.external()).isTrue();
        assertThat(coach.displayName()).isEqualTo("Claire Coach");
        assertThat(coach.location()).isEqualTo("Berlin");
        assertThat(coach.languages()).containsExactly("English", "german");
        assertThat(coach.reportingLine()).isEmpty();
    }

    @Test
    void aMentorWithCapacityZeroIsRefusedAndNothingIsStored() {
        refused(() -> roster.addMember(program, mentor(marketingMentor, 0)), "capacity", "roster.error.capacityTooLow");
        assertThat(roster.members(program)).isEmpty();
    }

    @Test
    void aHipoCannotAlsoBeChosenAsMentorInEitherOrder() {
        roster.addMember(program, MemberDraft.hipo(financeHipo));
        refused(() -> roster.addMember(program, mentor(financeHipo, 2)), "personId", "roster.error.hipoCannotGuide");

        roster.addMember(program, mentor(marketingMentor, 2));
        refused(() -> roster.addMember(program, MemberDraft.hipo(marketingMentor)), "personId",
                "roster.error.hipoCannotGuide");
        refused(() -> roster.addMember(program, MemberDraft.hipo(financeHipo)), "personId",
                "roster.error.alreadyOnRoster");
        assertThat(roster.members(program)).hasSize(2);
    }

    @Test
    void addingSeveralMembersIsAllOrNothing() {
        refused(() -> roster.addMembers(program, List.of(MemberDraft.hipo(financeHipo), MemberDraft.hipo(financeHipo))),
                "personId", "roster.error.alreadyOnRoster");
        refused(() -> roster.addMembers(program, List.of(MemberDraft.hipo(financeHipo), mentor(marketingMentor, 0))),
                "capacity", "roster.error.capacityTooLow");
        refused(() -> roster.addMembers(program, List.of(MemberDraft.hipo(financeHipo),
                MemberDraft.hipo(UUID.randomUUID()))), "personId", "roster.error.personNotFound");
        assertThat(roster.members(program)).isEmpty();
    }

    @Test
    void externalMembersCannotBeHiposAndNeedAValidEmail() {
        refused(() -> roster.addMember(program, MemberDraft.external("Xena", null, null, RosterRole.HIPO, 0, List.of(),
                Availability.LOW, List.of())), "role", "roster.error.hipoMustBeEmployee");
        refused(() -> roster.addMember(program, MemberDraft.external("Xena", "not-an-address", null, RosterRole.COACH, 1,
                List.of(), Availability.LOW, List.of())), "externalEmail", "roster.error.emailInvalid");
        refused(() -> roster.addMember(program, MemberDraft.external(" ", null, null, RosterRole.COACH, 1,
                List.of(), Availability.LOW, List.of())), "personId", "roster.error.personRequired");
    }

    @Test
    void criteriaStartWithDefaultsAndRefuseAllWeightsZero() {
        MatchingCriteria defaults = roster.criteria(program, PairKind.MENTORING);
        assertThat(defaults.version()).isZero();
        assertThat(defaults.weights().total()).isPositive();

        refused(() -> roster.saveCriteria(program, PairKind.MENTORING, 0,
                new CriteriaDraft(new CriteriaWeights(0, 0, 0, 0, 0, 0), FunctionRule.MUST_DIFFER, 2)),
                "weights", "roster.error.weightsAllZero");
        refused(() -> roster.saveCriteria(program, PairKind.MENTORING, 0,
                new CriteriaDraft(new CriteriaWeights(11, 0, 0, 0, 0, 0), FunctionRule.MUST_DIFFER, 2)),
                "weights", "roster.error.weightRange");
        assertThat(roster.criteria(program, PairKind.MENTORING)).isEqualTo(defaults);

        MatchingCriteria saved = roster.saveCriteria(program, PairKind.MENTORING, 0, mustDiffer());
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.functionRule()).isEqualTo(FunctionRule.MUST_DIFFER);
        assertThat(roster.criteria(program, PairKind.COACHING).version()).as("coaching keeps its own").isZero();
        assertThatThrownBy(() -> roster.saveCriteria(program, PairKind.MENTORING, 0, mustDiffer()))
                .as("a second first save").isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void proposalsAreStoredWithTheirExplanationAndOnlyConfirmedPairsAreTheProgramsPairs() {
        RosterMember hipo = roster.addMember(program, MemberDraft.hipo(financeHipo));
        RosterMember mentor = roster.addMember(program, mentor(marketingMentor, 2));
        List<CriterionScore> why = List.of(new CriterionScore("function", 3, 1.0, List.of("Finance", "Marketing")));

        List<Pair> proposed = roster.replaceProposals(program, PairKind.MENTORING,
                List.of(new PairProposal(hipo.id(), mentor.id(), PairKind.MENTORING, new BigDecimal("87.5"), why)));

        assertThat(proposed).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(PairStatus.PROPOSED);
            assertThat(p.score()).isEqualByComparingTo("87.5");
            assertThat(p.explanation()).isEqualTo(why);
            assertThat(p.locked()).isFalse();
        });
        assertThat(roster.confirmedPairs(program)).isEmpty();

        List<Pair> confirmed = roster.confirm(program, proposed);
        assertThat(confirmed).singleElement().satisfies(p -> {
            assertThat(p.confirmed()).isTrue();
            assertThat(p.locked()).isTrue();
        });
        assertThat(roster.confirmedPairs(program)).containsExactlyElementsOf(confirmed);
    }

    @Test
    void rerunningReplacesOnlyUnlockedProposals() {
        RosterMember first = roster.addMember(program, MemberDraft.hipo(financeHipo));
        RosterMember second = roster.addMember(program, MemberDraft.hipo(
                people.add(hr.organizationId(), Spec.of("Bo Sales", "Sales", 4))));
        RosterMember mentor = roster.addMember(program, mentor(marketingMentor, 2));
        RosterMember other = roster.addMember(program, mentor(financeMentor, 2));
        List<Pair> proposed = roster.replaceProposals(program, PairKind.MENTORING, List.of(
                proposal(first, mentor), proposal(second, mentor)));
        Pair kept = roster.lock(program, pairOf(proposed, first).id(), pairOf(proposed, first).version());

        List<Pair> rerun = roster.replaceProposals(program, PairKind.MENTORING, List.of(proposal(second, other)));

        assertThat(rerun).hasSize(2);
        assertThat(pairOf(rerun, first)).isEqualTo(kept);
        assertThat(pairOf(rerun, second).guideMemberId()).isEqualTo(other.id());
        assertThatThrownBy(() -> roster.replaceProposals(program, PairKind.MENTORING, List.of(proposal(first, other))))
                .as("the locked HiPo cannot be proposed again").isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aGuideOnlyGuidesTheKindsOfPairTheirRoleCovers() {
        RosterMember hipo = roster.addMember(program, MemberDraft.hipo(financeHipo));
        RosterMember mentor = roster.addMember(program, mentor(marketingMentor, 2));

        refused(() -> roster.addPair(program, new PairProposal(hipo.id(), mentor.id(), PairKind.COACHING, null, List.of())),
                "guideMemberId", "roster.error.guideRoleMismatch");
        refused(() -> roster.addPair(program, new PairProposal(mentor.id(), hipo.id(), PairKind.MENTORING, null, List.of())),
                "hipoMemberId", "roster.error.notAHipo");
        refused(() -> roster.replaceProposals(program, PairKind.COACHING, List.of(proposal(hipo, mentor))),
                "kind", "roster.error.kindMismatch");
        assertThat(roster.pairs(program)).isEmpty();
    }

    @Test
    void neverTheHiposManagerAnyoneAboveThemOrSomeoneReportingToThem() {
        RosterMember hipo = roster.addMember(program, MemberDraft.hipo(financeHipo));
        RosterMember manager = roster.addMember(program, mentor(financeManager, 2));
        RosterMember skipLevel = roster.addMember(program, mentor(director, 2));
        RosterMember report = roster.addMember(program, mentor(
                people.add(hr.organizationId(), Spec.of("Rita Report", "Finance", 3).managedBy(financeHipo)), 2));

        for (RosterMember guide : List.of(manager, skipLevel, report)) {
            refused(() -> roster.addPair(program, proposal(hipo, guide)), "guideMemberId", "roster.error.reportingLine");
        }
        assertThat(roster.pairs(program)).isEmpty();
    }

    @Test
    void mustDifferIsEnforcedForEveryPairOfThatKind() {
        roster.saveCriteria(program, PairKind.MENTORING, 0, mustDiffer());
        RosterMember hipo = roster.addMember(program, MemberDraft.hipo(financeHipo));
        RosterMember sameFunction = roster.addMember(program, mentor(financeMentor, 2));
        RosterMember otherFunction = roster.addMember(program, mentor(marketingMentor, 2));

        refused(() -> roster.addPair(program, proposal(hipo, sameFunction)), "guideMemberId",
                "roster.error.functionMustDiffer");
        Pair pair = roster.addPair(program, proposal(hipo, otherFunction));
        refused(() -> roster.changeGuide(program, pair.id(), pair.version(), sameFunction.id(), null, List.of()),
                "guideMemberId", "roster.error.functionMustDiffer");
        assertThat(roster.pairs(program)).singleElement().extracting(Pair::guideMemberId).isEqualTo(otherFunction.id());
    }

    @Test
    void capacityIsNeverExceededAndARefusedRerunLeavesThePreviousProposals() {
        RosterMember first = roster.addMember(program, MemberDraft.hipo(financeHipo));
        RosterMember second = roster.addMember(program, MemberDraft.hipo(
                people.add(hr.organizationId(), Spec.of("Bo Sales", "Sales", 4))));
        RosterMember mentor = roster.addMember(program, mentor(marketingMentor, 1));
        RosterMember other = roster.addMember(program, mentor(financeMentor, 1));
        List<Pair> before = roster.replaceProposals(program, PairKind.MENTORING, List.of(proposal(first, mentor)));

        refused(() -> roster.replaceProposals(program, PairKind.MENTORING,
                List.of(proposal(first, other), proposal(second, other))), "guideMemberId", "roster.error.capacityExceeded");

        assertThat(roster.pairs(program)).isEqualTo(before);
        refused(() -> roster.updateMember(program, mentor.id(), mentor.version(),
                withCapacity(mentor, 0)), "capacity", "roster.error.capacityTooLow");
    }

    @Test
    void aSwapLocksThePairAndAConfirmedPairMustBeReopenedFirst() {
        RosterMember hipo = roster.addMember(program, MemberDraft.hipo(financeHipo));
        RosterMember mentor = roster.addMember(program, mentor(marketingMentor, 1));
        RosterMember other = roster.addMember(program, mentor(financeMentor, 1));
        Pair pair = roster.replaceProposals(program, PairKind.MENTORING, List.of(proposal(hipo, mentor))).getFirst();

        Pair swapped = roster.changeGuide(program, pair.id(), pair.version(), other.id(), new BigDecimal("61"), List.of());
        assertThat(swapped.guideMemberId()).isEqualTo(other.id());
        assertThat(swapped.locked()).isTrue();
        assertThatThrownBy(() -> roster.changeGuide(program, pair.id(), pair.version(), mentor.id(), null, List.of()))
                .as("stale version").isInstanceOf(ConcurrentEditException.class);

        Pair confirmed = roster.confirm(program, List.of(swapped)).getFirst();
        refused(() -> roster.changeGuide(program, confirmed.id(), confirmed.version(), mentor.id(), null, List.of()),
                "status", "roster.error.confirmedPairFixed");
        refused(() -> roster.unlock(program, confirmed.id(), confirmed.version()), "locked",
                "roster.error.confirmedPairFixed");
        Pair reopened = roster.reopen(program, confirmed.id(), confirmed.version());
        assertThat(reopened.status()).isEqualTo(PairStatus.PROPOSED);
        assertThat(roster.changeGuide(program, reopened.id(), reopened.version(), mentor.id(), null, List.of())
                .guideMemberId()).isEqualTo(mentor.id());
    }

    @Test
    void aRoleThatNoLongerCoversAGuidesPairsIsRefused() {
        RosterMember hipo = roster.addMember(program, MemberDraft.hipo(financeHipo));
        RosterMember mentor = roster.addMember(program, mentor(marketingMentor, 2));
        roster.addPair(program, proposal(hipo, mentor));

        MemberDraft coachOnly = MemberDraft.employee(marketingMentor, RosterRole.COACH, 2, List.of(), Availability.MEDIUM,
                List.of());
        refused(() -> roster.updateMember(program, mentor.id(), mentor.version(), coachOnly), "role",
                "roster.error.roleHasPairs");
        RosterMember both = roster.updateMember(program, mentor.id(), mentor.version(), MemberDraft.employee(
                marketingMentor, RosterRole.MENTOR_AND_COACH, 1, List.of("English"), Availability.HIGH, List.of()));
        assertThat(both.role()).isEqualTo(RosterRole.MENTOR_AND_COACH);
        assertThat(both.version()).isEqualTo(mentor.version() + 1);
    }

    @Test
    void aWaiverNeedsAReasonAndGoesAwayWhenTheHipoGetsAConfirmedPair() {
        RosterMember hipo = roster.addMember(program, MemberDraft.hipo(financeHipo));
        RosterMember mentor = roster.addMember(program, mentor(marketingMentor, 1));
        refused(() -> roster.recordWaiver(program, hipo.id(), PairKind.MENTORING, "  "), "reason",
                "roster.error.reasonRequired");
        refused(() -> roster.recordWaiver(program, mentor.id(), PairKind.MENTORING, "No"), "hipoMemberId",
                "roster.error.notAHipo");

        var waiver = roster.recordWaiver(program, hipo.id(), PairKind.MENTORING, "Joins the spring cohort");
        assertThat(waiver.recordedBy()).isEqualTo("Test hr");
        assertThat(roster.waivers(program)).containsExactly(waiver);

        Pair pair = roster.addPair(program, proposal(hipo, mentor));
        roster.confirm(program, List.of(pair));
        assertThat(roster.waivers(program)).isEmpty();
        refused(() -> roster.recordWaiver(program, hipo.id(), PairKind.MENTORING, "Changed our mind"), "hipoMemberId",
                "roster.error.alreadyConfirmed");
    }

    @Test
    void twoUsersFillingTheLastPlaceOfAGuideAtOnceGetOneEachNotTwo() throws Exception {
        Account colleague = accounts.newColleague(hr, Role.HR);
        List<RosterMember> hipos = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            hipos.add(roster.addMember(program, MemberDraft.hipo(
                    people.add(hr.organizationId(), Spec.of("HiPo " + i, "Sales", 4)))));
        }
        RosterMember mentor = roster.addMember(program, mentor(marketingMentor, 1));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(hipos.size());
        try {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < hipos.size(); i++) {
                Account user = i % 2 == 0 ? hr : colleague;
                RosterMember hipo = hipos.get(i);
                attempts.add(threads.submit(() -> {
                    accounts.signIn(user);
                    start.await();
                    try {
                        roster.addPair(program, proposal(hipo, mentor));
                        return true;
                    } catch (InvalidInputException e) {
                        assertThat(e.getMessage()).isEqualTo("roster.error.capacityExceeded");
                        return false;
                    } finally {
                        accounts.signOut();
                    }
                }));
            }
            start.countDown();
            int succeeded = 0;
            for (Future<Boolean> attempt : attempts) {
                succeeded += attempt.get() ? 1 : 0;
            }
            assertThat(succeeded).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
        assertThat(roster.pairs(program)).singleElement().extracting(Pair::guideMemberId).isEqualTo(mentor.id());
    }

    @Test
    void anotherOrganizationNeitherSeesNorChangesTheRoster() {
        RosterMember hipo = roster.addMember(program, MemberDraft.hipo(financeHipo));
        Account other = accounts.newOrganization(Role.HR);
        accounts.signIn(other);
        UUID theirPerson = people.add(other.organizationId(), Spec.of("Oscar Other", "Finance", 4));

        assertThatThrownBy(() -> roster.members(program)).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> roster.addMember(program, MemberDraft.hipo(theirPerson)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> roster.removeMember(program, hipo.id(), hipo.version()))
                .isInstanceOf(ConcurrentEditException.class);

        UUID theirProgram = programs.create(new ProgramDraft("Theirs", "", LocalDate.of(2027, 2, 1), "O")).id();
        refused(() -> roster.addMember(theirProgram, MemberDraft.hipo(financeHipo)), "personId",
                "roster.error.personNotFound");

        accounts.signIn(hr);
        assertThat(roster.members(program)).extracting(RosterMember::id).containsExactly(hipo.id());
    }

    @Test
    void viewersReadTheRosterButCannotChangeIt() {
        roster.addMember(program, MemberDraft.hipo(financeHipo));
        accounts.signIn(accounts.newColleague(hr, Role.VIEWER));

        assertThat(roster.members(program)).hasSize(1);
        assertThatThrownBy(() -> roster.addMember(program, mentor(marketingMentor, 1)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private static MemberDraft mentor(UUID personId, int capacity) {
        return MemberDraft.employee(personId, RosterRole.MENTOR, capacity, List.of("English"), Availability.MEDIUM,
                List.of("Strategic thinking"));
    }

    private static MemberDraft withCapacity(RosterMember member, int capacity) {
        MemberDraft d = member.draft();
        return new MemberDraft(d.personId(), d.externalName(), d.externalEmail(), d.externalLocation(), d.role(), capacity,
                d.languages(), d.availability(), d.capabilities());
    }

    private static CriteriaDraft mustDiffer() {
        return new CriteriaDraft(new CriteriaWeights(3, 2, 2, 1, 3, 1), FunctionRule.MUST_DIFFER, 2);
    }

    private static PairProposal proposal(RosterMember hipo, RosterMember guide) {
        return new PairProposal(hipo.id(), guide.id(), PairKind.MENTORING, new BigDecimal("70"), Collections.emptyList());
    }

    private static Pair pairOf(List<Pair> pairs, RosterMember hipo) {
        return pairs.stream().filter(p -> p.hipoMemberId().equals(hipo.id())).findFirst().orElseThrow();
    }

    private static void refused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isEqualTo(key);
        });
    }
}
