package com.ascent.app.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.ascent.app.calendar.ProgramCalendarService;
import com.ascent.app.participation.MyProgram.MyPlan;
import com.ascent.app.participation.MyProgram.MySession;
import com.ascent.app.participation.MyProgramService.NotMineException;
import com.ascent.app.participation.ParticipantFixture.Cohort;
import com.ascent.app.people.PeopleDirectory;
import com.ascent.app.plans.DevelopmentPlansService;
import com.ascent.app.program.ProgramService;
import com.ascent.app.roster.ProgramRosterService;
import com.ascent.app.security.Membership;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.calendar.ActionItemDraft;
import com.ascent.plugin.api.calendar.ActionStatus;
import com.ascent.plugin.api.calendar.CalendarEvent;
import com.ascent.plugin.api.calendar.EventOutcome;
import com.ascent.plugin.api.calendar.EventStatus;
import com.ascent.plugin.api.plans.DevelopmentPlan;
import com.ascent.plugin.api.plans.Goal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Participants do their own part, and only that: the services check every id against the
 * participant's part, and row-level security refuses the rest even when a service that HR uses
 * is called directly.
 */
@IntegrationTest
class MyProgramServiceTest {

    static final LocalDate TODAY = ParticipantFixture.START.minusDays(1);

    @Autowired
    ParticipantFixture fixture;
    @Autowired
    TestAccounts accounts;
    @Autowired
    MyProgramService myProgram;
    @Autowired
    ProgramCalendarService calendar;
    @Autowired
    DevelopmentPlansService plans;
    @Autowired
    ProgramRosterService roster;
    @Autowired
    PeopleDirectory people;
    @Autowired
    ProgramService programs;

    Cohort cohort;
    Account hanna;
    Account piotr;

    @BeforeEach
    void twoPairsJoined() {
        cohort = fixture.create();
        hanna = fixture.join(cohort, cohort.hanna());
        piotr = fixture.join(cohort, cohort.piotr());
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void theInvitationMadeAParticipantBoundToTheirPerson() {
        assertThat(accounts.memberships(hanna)).extracting(Membership::role, Membership::personId)
                .containsExactly(tuple(Role.PARTICIPANT, cohort.hanna()));
    }

    @Test
    void aHipoSeesTheirPairTheirSessionsAndTheirPlanOnly() {
        accounts.signIn(hanna);
        MyProgram mine = myProgram.overview(TODAY);

        assertThat(mine.pairs()).singleElement().satisfies(pair -> {
            assertThat(pair.pairId()).isEqualTo(cohort.hannaPair());
            assertThat(pair.asHipo()).isTrue();
            assertThat(pair.otherName()).startsWith("Marek Mentor");
        });
        assertThat(mine.sessions()).isNotEmpty().allSatisfy(s -> assertThat(s.event().pairId())
                .isEqualTo(cohort.hannaPair()));
        assertThat(mine.sessions()).extracting(s -> s.event().startsAt()).isSorted();
        assertThat(mine.ownPlans()).extracting(p -> p.plan().id()).containsExactly(cohort.hannaPlan());
        assertThat(mine.plansToReview()).isEmpty();
    }

    @Test
    void participantACannotReadOrWriteTheOtherPairsSessionsPlanOrPeople() {
        accounts.signIn(piotr);
        CalendarEvent piotrsSession = myProgram.overview(TODAY).sessions().getFirst().event();
        UUID piotrsGoal = myProgram.overview(TODAY).ownPlans().getFirst().plan().goals().getFirst().id();

        accounts.signIn(hanna);
        // Through her page's service: not hers, so not found.
        assertThatThrownBy(() -> myProgram.logSession(cohort.programId(), piotrsSession.id(), piotrsSession.version(),
                new EventOutcome(EventStatus.HELD, null, "mine now"))).isInstanceOf(NotMineException.class);
        assertThatThrownBy(() -> myProgram.addActionItem(cohort.programId(), piotrsSession.id(),
                new ActionItemDraft("Steal", "Hanna", null, ActionStatus.OPEN))).isInstanceOf(NotMineException.class);
        assertThatThrownBy(() -> myProgram.recordProgress(cohort.programId(), piotrsGoal, 0, 90, "done"))
                .isInstanceOf(NotMineException.class);
        assertThatThrownBy(() -> myProgram.planPdf(cohort.programId(), cohort.piotrPlan(), Locale.ENGLISH))
                .isInstanceOf(NotMineException.class);
        assertThatThrownBy(() -> myProgram.overview(TODAY, UUID.randomUUID())).isInstanceOf(NotMineException.class);
        // Around it, straight to the services HR uses: row-level security shows nothing of Piotr's part.
        assertThatThrownBy(() -> calendar.recordOutcome(cohort.programId(), piotrsSession.id(),
                piotrsSession.version(), new EventOutcome(EventStatus.HELD, null, "mine now")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(calendar.eventsOfPair(cohort.programId(), cohort.piotrPair())).as("the program-wide kick-off only")
                .allSatisfy(e -> assertThat(e.pairId()).isNull());
        assertThat(roster.pairs(cohort.programId())).extracting(p -> p.id()).containsExactly(cohort.hannaPair());
        assertThat(plans.plan(cohort.programId(), cohort.piotrMember())).isEmpty();
        assertThat(people.get(cohort.piotr())).isEmpty();
        assertThat(people.get(cohort.olga())).isEmpty();
        assertThat(people.get(cohort.marek())).isPresent();
        // Staff services refuse a participant outright.
        assertThatThrownBy(() -> programs.list()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> plans.signOff(cohort.programId(), cohort.hannaPlan(), 0))
                .isInstanceOf(AuthorizationDeniedException.class);

        accounts.signIn(cohort.hr());
        assertThat(calendar.eventsOfPair(cohort.programId(), cohort.piotrPair()))
                .filteredOn(e -> e.id().equals(piotrsSession.id())).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(EventStatus.PLANNED));
    }

    @Test
    void theHipoLogsASessionWithAnActionItemAndTheMentorSeesIt() {
        Account marek = fixture.join(cohort, cohort.marek());
        accounts.signIn(hanna);
        MySession session = myProgram.overview(TODAY).sessions().getFirst();

        myProgram.logSession(cohort.programId(), session.event().id(), session.event().version(),
                new EventOutcome(EventStatus.HELD, null, "Talked about the shared-service move"));
        myProgram.addActionItem(cohort.programId(), session.event().id(),
                new ActionItemDraft("Draft the move plan", "Hanna", TODAY.plusDays(3), ActionStatus.OPEN));
        assertThatThrownBy(() -> myProgram.logSession(cohort.programId(), session.event().id(),
                session.event().version(), new EventOutcome(EventStatus.CANCELLED, null, "")))
                .as("a stale version is a concurrent edit").isInstanceOf(ConcurrentEditException.class);

        accounts.signIn(marek);
        MyProgram his = myProgram.overview(TODAY.plusDays(10));
        assertThat(his.sessions()).extracting(s -> s.event().id()).doesNotContain(session.event().id());
        assertThat(his.actionItems()).singleElement().satisfies(item -> {
            assertThat(item.item().description()).isEqualTo("Draft the move plan");
            assertThat(item.overdue()).isTrue();
        });
        myProgram.completeActionItem(cohort.programId(), his.actionItems().getFirst().item().id(),
                his.actionItems().getFirst().item().version());
        assertThat(myProgram.overview(TODAY).actionItems()).isEmpty();

        accounts.signIn(cohort.hr());
        assertThat(calendar.eventsOfPair(cohort.programId(), cohort.hannaPair()))
                .filteredOn(e -> e.id().equals(session.event().id())).singleElement().satisfies(e -> {
                    assertThat(e.status()).isEqualTo(EventStatus.HELD);
                    assertThat(e.notes()).isEqualTo("Talked about the shared-service move");
                });
    }

    @Test
    void theHipoRecordsProgressOnTheirOwnGoals() {
        accounts.signIn(hanna);
        Goal goal = myProgram.overview(TODAY).ownPlans().getFirst().plan().goals().getFirst();

        Goal moved = myProgram.recordProgress(cohort.programId(), goal.id(), goal.version(), 40, "First team moved");

        assertThat(moved.progress()).isEqualTo(40);
        assertThatThrownBy(() -> myProgram.recordProgress(cohort.programId(), goal.id(), goal.version(), 50, "again"))
                .isInstanceOf(ConcurrentEditException.class);
        accounts.signIn(cohort.hr());
        assertThat(plans.history(cohort.programId(), cohort.hannaPlan())).singleElement()
                .satisfies(entry -> assertThat(entry.progress()).isEqualTo(40));
    }

    @Test
    void onlyTheHiposManagerSignsThePlanOffFromTheirOwnAccount() throws Exception {
        Account helena = fixture.join(cohort, cohort.helena());
        Account marek = fixture.join(cohort, cohort.marek());

        // The mentor is not Hanna's manager: not found, in the service and by row-level security.
        accounts.signIn(marek);
        assertThat(myProgram.overview(TODAY).plansToReview()).isEmpty();
        assertThatThrownBy(() -> myProgram.signOff(cohort.programId(), cohort.hannaPlan(), 1))
                .isInstanceOf(NotMineException.class);
        assertThatThrownBy(() -> plans.signOffAsManager(cohort.programId(), cohort.hannaPlan(), 1))
                .isInstanceOf(ConcurrentEditException.class);
        // Hanna cannot sign her own plan off either.
        accounts.signIn(hanna);
        assertThatThrownBy(() -> myProgram.signOff(cohort.programId(), cohort.hannaPlan(), 1))
                .isInstanceOf(NotMineException.class);
        // Helena manages Hanna, not Piotr.
        accounts.signIn(helena);
        MyProgram hers = myProgram.overview(TODAY);
        assertThat(hers.pairs()).isEmpty();
        assertThat(hers.plansToReview()).extracting(p -> p.plan().id()).containsExactly(cohort.hannaPlan());
        assertThatThrownBy(() -> myProgram.signOff(cohort.programId(), cohort.piotrPlan(), 1))
                .isInstanceOf(NotMineException.class);
        MyPlan toSign = hers.plansToReview().getFirst();

        DevelopmentPlan signed = myProgram.signOff(cohort.programId(), toSign.plan().id(), toSign.plan().version());

        assertThat(signed.signOff()).isNotNull();
        assertThat(signed.signOff().managerName()).startsWith("Helena Head");
        assertThat(signed.signOff().recordedBy()).isEqualTo("Participant " + helena.email());
        assertThat(myProgram.overview(TODAY).plansToReview().getFirst().signedByManager()).isTrue();
        assertThat(textOf(myProgram.planPdf(cohort.programId(), cohort.hannaPlan(), Locale.ENGLISH)))
                .containsPattern("Signed off by the manager Participant \\S+ from their own account on .+ at ");
        // HR sees who signed, and that the manager did it herself.
        accounts.signIn(cohort.hr());
        assertThat(plans.signedByManager(cohort.programId(), cohort.hannaPlan())).isTrue();
        assertThat(plans.plan(cohort.programId(), cohort.hannaMember()).orElseThrow().signOff().recordedBy())
                .isEqualTo("Participant " + helena.email());
    }

    private static String textOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("-\\R", "-").replaceAll("\\s+", " ");
        }
    }
}
