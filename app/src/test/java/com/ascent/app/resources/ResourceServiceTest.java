package com.ascent.app.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.ascent.app.files.TextFilesTest;
import com.ascent.app.objectives.ObjectivesService;
import com.ascent.app.objectives.StrategyLibraryService;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.roster.ProgramRosterService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import com.ascent.app.support.TestPeople;
import com.ascent.app.support.TestPeople.Spec;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.calendar.ResourceDate;
import com.ascent.plugin.api.objectives.CapabilityDraft;
import com.ascent.plugin.api.objectives.ObjectiveDraft;
import com.ascent.plugin.api.objectives.Priority;
import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.RosterRole;
import com.ascent.plugin.api.support.Assignment;
import com.ascent.plugin.api.support.AssignmentStatus;
import com.ascent.plugin.api.support.Budget;
import com.ascent.plugin.api.support.CatalogueImportException;
import com.ascent.plugin.api.support.Cost;
import com.ascent.plugin.api.support.ImportProblem;
import com.ascent.plugin.api.support.Occurrence;
import com.ascent.plugin.api.support.Resource;
import com.ascent.plugin.api.support.ResourceDraft;
import com.ascent.plugin.api.support.ResourceType;
import com.ascent.plugin.api.support.Suggestion;
import com.ascent.plugin.api.support.Tracking;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
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

/** The resource catalogue and a program's support: what is stored, what is refused, what it costs. */
@IntegrationTest
class ResourceServiceTest {

    @Autowired
    ResourceService resources;
    @Autowired
    ProgramService programs;
    @Autowired
    ProgramRosterService roster;
    @Autowired
    ObjectivesService objectives;
    @Autowired
    StrategyLibraryService strategy;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestPeople people;

    Account hr;
    UUID program;
    UUID salesHipo;
    UUID financeHipo;

    @BeforeEach
    void programWithTwoHipos() {
        hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        program = programs.create(new ProgramDraft("Future leaders", "", LocalDate.of(2027, 1, 11), "Maria Nowak")).id();
        UUID sales = people.add(hr.organizationId(), Spec.of("Sam Sales", "Sales", 5));
        UUID finance = people.add(hr.organizationId(), Spec.of("Ana Finance", "Finance", 5));
        salesHipo = roster.addMember(program, MemberDraft.employee(sales, RosterRole.HIPO, 0, List.of("English"),
                Availability.MEDIUM, List.of("Strategic selling"))).id();
        financeHipo = roster.addMember(program, MemberDraft.hipo(finance)).id();
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    // --- Catalogue -------------------------------------------------------------------------------

    @Test
    void aResourceIsStoredNormalizedChangedAndRemoved() {
        Resource added = resources.addResource(new ResourceDraft(ResourceType.ONLINE_COURSE, "  Strategic sales leadership ",
                "Business School", "https://school.example/ssl", "English", "online", "6 weeks", null, null, " ", null,
                new BigDecimal("1200.00"), List.of("Strategic selling", " strategic selling", "Negotiation")));

        assertThat(added.title()).isEqualTo("Strategic sales leadership");
        assertThat(added.location()).isNull();
        assertThat(added.capabilities()).containsExactly("Strategic selling", "Negotiation");
        assertThat(resources.catalogue()).containsExactly(added);

        Resource changed = resources.updateResource(added.id(), added.version(),
                withCost(added.draft(), new BigDecimal("990")));
        assertThat(changed.costPerParticipant()).isEqualByComparingTo("990");
        assertThat(changed.version()).isGreaterThan(added.version());
        refusedAsConcurrent(() -> resources.updateResource(added.id(), added.version(), added.draft()));

        resources.removeResource(changed.id(), changed.version());
        assertThat(resources.catalogue()).isEmpty();
    }

    @Test
    void aNegativeCostIsRefusedAtTheCostField() {
        refused(() -> resources.addResource(withCost(course("Negotiation"), new BigDecimal("-1"))),
                "costPerParticipant", "resources.error.negativeCost");
        assertThat(resources.catalogue()).isEmpty();
    }

    @Test
    void anEndBeforeTheStartIsRefusedAtTheEndDate() {
        refused(() -> resources.addResource(conference("Sales summit", LocalDate.of(2027, 3, 10),
                LocalDate.of(2027, 3, 9), 10)), "endsOn", "resources.error.endBeforeStart");
        assertThat(resources.catalogue()).isEmpty();
    }

    @Test
    void capacityCannotFallBelowTheParticipantsEnrolled() {
        Resource summit = resources.addResource(conference("Sales summit", LocalDate.of(2027, 3, 10), null, 5));
        resources.assignAll(program, summit.id(), List.of(salesHipo, financeHipo), AssignmentStatus.ENROLLED);
        Resource current = resources.resource(summit.id()).orElseThrow();

        refused(() -> resources.updateResource(current.id(), current.version(), withCapacity(current.draft(), 1)),
                "capacity", "resources.error.capacityBelowEnrolled");
        assertThat(resources.resource(summit.id()).orElseThrow().capacity()).isEqualTo(5);
    }

    @Test
    void aResourceHeldSeveralTimesKeepsEveryDate() {
        Resource quarterly = resources.addResource(withRepeats(conference("Quarterly sales conference",
                        LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 16), 40),
                LocalDate.of(2027, 12, 6), LocalDate.of(2027, 6, 14), LocalDate.of(2027, 9, 13)));

        Resource stored = resources.resource(quarterly.id()).orElseThrow();
        assertThat(stored.repeatsOn()).containsExactly(LocalDate.of(2027, 6, 14), LocalDate.of(2027, 9, 13),
                LocalDate.of(2027, 12, 6));
        assertThat(stored.occurrences()).extracting(Occurrence::startsOn, Occurrence::endsOn).containsExactly(
                tuple(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 16)),
                tuple(LocalDate.of(2027, 6, 14), LocalDate.of(2027, 6, 15)),
                tuple(LocalDate.of(2027, 9, 13), LocalDate.of(2027, 9, 14)),
                tuple(LocalDate.of(2027, 12, 6), LocalDate.of(2027, 12, 7)));

        Resource moved = resources.updateResource(stored.id(), stored.version(),
                withRepeats(stored.draft(), LocalDate.of(2027, 6, 21)));
        assertThat(moved.occurrences()).extracting(Occurrence::startsOn)
                .containsExactly(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 6, 21));
    }

    @Test
    void furtherDatesThatCannotBeAreRefusedAtTheFieldAndNothingIsStored() {
        refused(() -> resources.addResource(withRepeats(course("Negotiation"), LocalDate.of(2027, 6, 1))),
                "repeatsOn", "resources.error.repeatsWithoutStart");
        refused(() -> resources.addResource(withRepeats(conference("Sales summit", LocalDate.of(2027, 3, 15),
                LocalDate.of(2027, 3, 16), 10), LocalDate.of(2027, 3, 16))), "repeatsOn", "resources.error.repeatsOverlap");
        LocalDate[] weekly = java.util.stream.IntStream.rangeClosed(1, ResourceDraft.MAX_REPEATS + 1)
                .mapToObj(week -> LocalDate.of(2027, 1, 4).plusWeeks(week)).toArray(LocalDate[]::new);
        refused(() -> resources.addResource(withRepeats(conference("Weekly webinar", LocalDate.of(2027, 1, 4), null,
                10), weekly)), "repeatsOn", "resources.error.tooManyRepeats");
        assertThat(resources.catalogue()).isEmpty();
    }

    @Test
    void theProgramsDatesGiveEveryTimeOfEveryBookedResourceWithItsHiposInDateOrder() {
        Resource quarterly = resources.addResource(withRepeats(conference("Quarterly sales conference",
                LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 16), 40), LocalDate.of(2027, 6, 14)));
        Resource webinar = resources.addResource(conference("Pricing webinar", LocalDate.of(2027, 5, 5), null, 100));
        Resource online = resources.addResource(course("Strategic sales leadership"));
        resources.assign(program, quarterly.id(), salesHipo, null, AssignmentStatus.ENROLLED);
        resources.assign(program, quarterly.id(), financeHipo, null, AssignmentStatus.PROPOSED);
        resources.assign(program, webinar.id(), financeHipo, null, AssignmentStatus.DROPPED);
        resources.assign(program, webinar.id(), salesHipo, null, AssignmentStatus.ENROLLED);
        resources.assign(program, online.id(), salesHipo, null, AssignmentStatus.ENROLLED);

        assertThat(resources.programDates(program))
                .extracting(ResourceDate::title, ResourceDate::startsOn, ResourceDate::endsOn, ResourceDate::occurrence,
                        ResourceDate::occurrences)
                .containsExactly(
                        tuple("Quarterly sales conference", LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 16), 1, 2),
                        tuple("Pricing webinar", LocalDate.of(2027, 5, 5), LocalDate.of(2027, 5, 5), 1, 1),
                        tuple("Quarterly sales conference", LocalDate.of(2027, 6, 14), LocalDate.of(2027, 6, 15), 2, 2));
        assertThat(resources.programDates(program).getFirst().hipoMemberIds())
                .containsExactlyInAnyOrder(salesHipo, financeHipo);
        assertThat(resources.programDates(program).get(1).hipoMemberIds()).containsExactly(salesHipo);
    }

    // --- CSV import ------------------------------------------------------------------------------

    @Test
    void aFileGivesTheFurtherDatesOfAResourceHeldSeveralTimes() {
        List<Resource> added = resources.importCatalogue(csv("""
                type,title,starts_on,ends_on,repeats_on,location
                CONFERENCE,Quarterly sales conference,2027-03-15,2027-03-16,2027-06-14; 2027-09-13;2027-12-06,Lisbon
                """));
        assertThat(added.getFirst().occurrences()).hasSize(4);

        assertThatThrownBy(() -> resources.importCatalogue(csv("""
                type,title,starts_on,repeats_on
                CONFERENCE,Sales summit,2027-03-15,2027-06-14;14.09.2027
                WEBINAR,Pricing,,2027-06-14
                """)))
                .isInstanceOfSatisfying(CatalogueImportException.class, e -> assertThat(e.problems()).containsExactly(
                        new ImportProblem(2, "repeats_on", "resources.import.notADate"),
                        new ImportProblem(3, "repeats_on", "resources.error.repeatsWithoutStart")));
        assertThat(resources.catalogue()).hasSize(1);
    }

    @Test
    void aGoodFileAddsEveryResourceInOrder() {
        List<Resource> added = resources.importCatalogue(csv("""
                type,title,provider,link,language,format,duration,starts_on,ends_on,location,capacity,cost_per_participant,capabilities
                ONLINE_COURSE,Strategic sales leadership,Business School,https://school.example/ssl,English,online,6 weeks,,,,,1200,Strategic selling;Negotiation
                conference,Quarterly sales conference Q2,Internal,,English,in person,,2027-04-14,2027-04-15,Warsaw,120,350.50,Strategic selling
                Book,"Good to great, the book",Collins,,English,,,,,,,25,
                """));

        assertThat(added).extracting(Resource::title).containsExactly("Strategic sales leadership",
                "Quarterly sales conference Q2", "Good to great, the book");
        Resource conference = added.get(1);
        assertThat(conference.type()).isEqualTo(ResourceType.CONFERENCE);
        assertThat(conference.startsOn()).isEqualTo(LocalDate.of(2027, 4, 14));
        assertThat(conference.capacity()).isEqualTo(120);
        assertThat(conference.costPerParticipant()).isEqualByComparingTo("350.50");
        assertThat(added.getFirst().capabilities()).containsExactly("Strategic selling", "Negotiation");
        assertThat(resources.catalogue()).hasSize(3);
    }

    @Test
    void badRowsAreAllReportedWithLineAndColumnAndNothingIsStored() {
        assertThatThrownBy(() -> resources.importCatalogue(csv("""
                type,title,starts_on,ends_on,capacity,cost_per_participant
                WEBINAR,Coaching basics,2027-02-01,,30,0
                SEMINAR,Unknown kind,,,,
                CONFERENCE,Summit,2027-05-10,2027-05-09,0,-5
                COURSE,,01.02.2027,,many,12,5
                """)))
                .isInstanceOfSatisfying(CatalogueImportException.class, e -> assertThat(e.problems()).containsExactly(
                        new ImportProblem(3, "type", "resources.import.unknownType"),
                        new ImportProblem(4, "ends_on", "resources.error.endBeforeStart"),
                        new ImportProblem(4, "capacity", "resources.error.capacityTooLow"),
                        new ImportProblem(4, "cost_per_participant", "resources.error.negativeCost"),
                        new ImportProblem(5, "starts_on", "resources.import.notADate"),
                        new ImportProblem(5, "capacity", "resources.import.notAWholeNumber")));
        assertThat(resources.catalogue()).isEmpty();
    }

    @Test
    void aFileWithoutTheRequiredColumnsOrWithoutRowsIsRefused() {
        assertThatThrownBy(() -> resources.importCatalogue(csv("name,cost\nSales summit,10\n")))
                .isInstanceOfSatisfying(CatalogueImportException.class, e -> assertThat(e.problems()).containsExactly(
                        new ImportProblem(1, "type", "resources.import.missingColumn"),
                        new ImportProblem(1, "title", "resources.import.missingColumn")));
        assertThatThrownBy(() -> resources.importCatalogue(csv("")))
                .isInstanceOfSatisfying(CatalogueImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::message).containsExactly("resources.import.empty"));
        assertThat(resources.catalogue()).isEmpty();
    }

    @Test
    void anImageIsRefusedAsAWholeAndAWindows1250FileIsReadAsWritten() {
        assertThatThrownBy(() -> resources.importCatalogue(TextFilesTest.PNG))
                .isInstanceOfSatisfying(CatalogueImportException.class, e -> assertThat(e.problems())
                        .containsExactly(new ImportProblem(0, "", "files.error.image")));

        List<Resource> added = resources.importCatalogue("""
                type,title,provider,location
                COURSE,Zarządzanie zespołem,Szkoła Główna,Łódź
                """.getBytes(Charset.forName("windows-1250")));

        assertThat(added.getFirst().title()).isEqualTo("Zarządzanie zespołem");
        assertThat(added.getFirst().location()).isEqualTo("Łódź");
    }

    @Test
    void textIsCleanedAndTooLongTextRefusedInFormsAndFilesAlike() {
        Resource added = resources.addResource(new ResourceDraft(ResourceType.BOOK, "\u202EGood to great\n", "Collins",
                null, null, null, null, null, null, List.of(), null, null, BigDecimal.ZERO, List.of("\u2066Focus")));
        assertThat(added.title()).isEqualTo("Good to great");
        assertThat(added.capabilities()).containsExactly("Focus");
        refused(() -> resources.addResource(new ResourceDraft(ResourceType.BOOK, "Book", "P".repeat(201), null, null,
                null, null, null, null, List.of(), null, null, BigDecimal.ZERO, List.of())), "provider",
                "text.error.nameTooLong");

        assertThatThrownBy(() -> resources.importCatalogue(csv("type,title\nBOOK," + "T".repeat(201) + "\n")))
                .isInstanceOfSatisfying(CatalogueImportException.class, e -> assertThat(e.problems())
                        .containsExactly(new ImportProblem(2, "title", "text.error.nameTooLong")));
    }

    // --- Assignments -----------------------------------------------------------------------------

    @Test
    void enrolmentBeyondCapacityIsRefusedAsAWholeAndDroppingFreesThePlace() {
        Resource workshop = resources.addResource(conference("Negotiation workshop", LocalDate.of(2027, 2, 3), null, 1));

        refused(() -> resources.assignAll(program, workshop.id(), List.of(salesHipo, financeHipo),
                AssignmentStatus.ENROLLED), "resourceId", "resources.error.full");
        assertThat(resources.assignments(program)).isEmpty();

        Assignment sam = resources.assign(program, workshop.id(), salesHipo, null, AssignmentStatus.ENROLLED);
        refused(() -> resources.assign(program, workshop.id(), financeHipo, null, AssignmentStatus.PROPOSED),
                "resourceId", "resources.error.full");

        Assignment dropped = resources.track(program, sam.id(), sam.version(),
                new Tracking(AssignmentStatus.DROPPED, null, null, null));
        Assignment ana = resources.assign(program, workshop.id(), financeHipo, null, AssignmentStatus.ENROLLED);
        assertThat(ana.status()).isEqualTo(AssignmentStatus.ENROLLED);
        refused(() -> resources.track(program, dropped.id(), dropped.version(),
                new Tracking(AssignmentStatus.ENROLLED, null, null, null)), "resourceId", "resources.error.full");
    }

    @Test
    void onlyTheProgramsHiposGetResourcesAndEachResourceOnce() {
        Resource book = resources.addResource(course("Good to great"));
        UUID mentorPerson = people.add(hr.organizationId(), Spec.of("Mia Mentor", "Sales", 10));
        UUID mentor = roster.addMember(program, MemberDraft.employee(mentorPerson, RosterRole.MENTOR, 2,
                List.of("English"), Availability.MEDIUM, List.of())).id();

        refused(() -> resources.assign(program, book.id(), mentor, null, AssignmentStatus.PROPOSED),
                "hipoMemberId", "resources.error.notAHipo");
        resources.assign(program, book.id(), salesHipo, null, AssignmentStatus.PROPOSED);
        refused(() -> resources.assign(program, book.id(), salesHipo, null, AssignmentStatus.PROPOSED),
                "hipoMemberId", "resources.error.alreadyAssigned");
        refused(() -> resources.assign(program, book.id(), financeHipo, UUID.randomUUID(), AssignmentStatus.PROPOSED),
                "goalId", "resources.error.goalNotOfHipo");
        assertThat(resources.assignments(program)).hasSize(1);
    }

    @Test
    void trackingRecordsCompletionAndRatingAndRefusesNonsense() {
        Resource course = resources.addResource(course("Strategic sales leadership"));
        Assignment assignment = resources.assign(program, course.id(), salesHipo, null, AssignmentStatus.ENROLLED);

        refused(() -> resources.track(program, assignment.id(), assignment.version(),
                new Tracking(AssignmentStatus.COMPLETED, null, 4, null)), "completedOn",
                "resources.error.completionDateRequired");
        refused(() -> resources.track(program, assignment.id(), assignment.version(),
                new Tracking(AssignmentStatus.COMPLETED, LocalDate.of(2027, 5, 1), 6, null)), "rating",
                "resources.error.ratingOutOfRange");
        refused(() -> resources.track(program, assignment.id(), assignment.version(),
                new Tracking(AssignmentStatus.IN_PROGRESS, null, null, new BigDecimal("-10"))), "actualCost",
                "resources.error.negativeCost");

        Assignment done = resources.track(program, assignment.id(), assignment.version(),
                new Tracking(AssignmentStatus.COMPLETED, LocalDate.of(2027, 5, 1), 5, new BigDecimal("1100")));
        assertThat(done.tracking()).isEqualTo(new Tracking(AssignmentStatus.COMPLETED, LocalDate.of(2027, 5, 1), 5,
                new BigDecimal("1100")));
        refusedAsConcurrent(() -> resources.track(program, assignment.id(), assignment.version(), done.tracking()));
    }

    @Test
    void scheduledListsDatedResourcesByStartDateForTheCalendar() {
        Resource q3 = resources.addResource(conference("Sales conference Q3", LocalDate.of(2027, 7, 7), null, 50));
        Resource q2 = resources.addResource(conference("Sales conference Q2", LocalDate.of(2027, 4, 14),
                LocalDate.of(2027, 4, 15), 50));
        Resource online = resources.addResource(course("Strategic sales leadership"));
        resources.assign(program, q3.id(), salesHipo, null, AssignmentStatus.ENROLLED);
        resources.assign(program, q2.id(), salesHipo, null, AssignmentStatus.ENROLLED);
        resources.assign(program, online.id(), salesHipo, null, AssignmentStatus.ENROLLED);
        resources.assign(program, q2.id(), financeHipo, null, AssignmentStatus.DROPPED);

        assertThat(resources.scheduled(program)).extracting(Assignment::resourceTitle)
                .containsExactly("Sales conference Q2", "Sales conference Q3");
        assertThat(resources.scheduled(program).getFirst().endsOn()).isEqualTo(LocalDate.of(2027, 4, 15));
    }

    // --- Suggestions -----------------------------------------------------------------------------

    @Test
    void suggestionsMatchTheHiposNeedsAndTheObjectivesCapabilities() {
        UUID coaching = strategy.addCapability(new CapabilityDraft("Coaching others", "", List.of())).id();
        objectives.add(program, new ObjectiveDraft("Leaders who coach", "", coaching, Priority.HIGH, List.of()));
        Resource selling = resources.addResource(withCapabilities(course("Strategic sales leadership"),
                List.of("strategic selling", "Coaching others")));
        Resource coachingCourse = resources.addResource(withCapabilities(course("Coaching basics"),
                List.of("Coaching others")));
        resources.addResource(withCapabilities(course("Excel for analysts"), List.of("Spreadsheets")));
        Resource full = resources.addResource(withCapabilities(
                conference("Selling summit", LocalDate.of(2027, 3, 1), null, 1), List.of("Strategic selling")));
        resources.assign(program, full.id(), financeHipo, null, AssignmentStatus.ENROLLED);

        List<Suggestion> suggestions = resources.suggestions(program);

        assertThat(suggestions).filteredOn(s -> s.hipoMemberId().equals(salesHipo))
                .extracting(s -> s.resource().id()).containsExactly(selling.id(), coachingCourse.id());
        Suggestion best = suggestions.stream().filter(s -> s.hipoMemberId().equals(salesHipo)).findFirst().orElseThrow();
        assertThat(best.forHipo()).containsExactly("strategic selling");
        assertThat(best.forObjectives()).containsExactly("Coaching others");
        assertThat(suggestions).filteredOn(s -> s.hipoMemberId().equals(financeHipo))
                .extracting(s -> s.resource().title()).containsExactlyInAnyOrder("Coaching basics",
                        "Strategic sales leadership");
    }

    // --- Decisions and budget --------------------------------------------------------------------

    @Test
    void aNoSupportDecisionNeedsAReason() {
        refused(() -> resources.decideNoSupport(program, financeHipo, "  "), "reason", "resources.error.reasonRequired");
        var decision = resources.decideNoSupport(program, financeHipo, " Already in the finance academy ");
        assertThat(decision.reason()).isEqualTo("Already in the finance academy");
        refused(() -> resources.decideNoSupport(program, financeHipo, "again"), "hipoMemberId",
                "resources.error.alreadyDecided");
        resources.removeDecision(program, decision.id(), decision.version());
        assertThat(resources.decisions(program)).isEmpty();
    }

    @Test
    void theBudgetAddsPlannedAndActualCostPerHipoAndPerType() {
        Resource course = resources.addResource(withCost(course("Strategic sales leadership"), new BigDecimal("1200")));
        Resource conference = resources.addResource(withCost(
                conference("Sales conference Q2", LocalDate.of(2027, 4, 14), null, 100), new BigDecimal("350")));
        Assignment samCourse = resources.assign(program, course.id(), salesHipo, null, AssignmentStatus.ENROLLED);
        resources.assignAll(program, conference.id(), List.of(salesHipo, financeHipo), AssignmentStatus.ENROLLED);
        Assignment anaCourse = resources.assign(program, course.id(), financeHipo, null, AssignmentStatus.ENROLLED);
        resources.track(program, samCourse.id(), samCourse.version(),
                new Tracking(AssignmentStatus.COMPLETED, LocalDate.of(2027, 6, 1), 4, new BigDecimal("1150")));
        resources.track(program, anaCourse.id(), anaCourse.version(),
                new Tracking(AssignmentStatus.DROPPED, null, null, new BigDecimal("100")));
        // A later price change does not change what was planned.
        Resource current = resources.resource(course.id()).orElseThrow();
        resources.updateResource(current.id(), current.version(), withCost(current.draft(), new BigDecimal("5000")));

        Budget budget = resources.budget(program);

        assertCost(budget.total(), "1900", "1250");
        assertCost(budget.byType().get(ResourceType.COURSE), "1200", "1250");
        assertCost(budget.byType().get(ResourceType.CONFERENCE), "700", "0");
        assertCost(budget.byHipo().get(salesHipo), "1550", "1150");
        assertCost(budget.byHipo().get(financeHipo), "350", "100");
    }

    // --- Isolation, roles and concurrency --------------------------------------------------------

    @Test
    void anotherOrganizationSeesNeitherTheCatalogueNorTheProgram() {
        Resource course = resources.addResource(course("Strategic sales leadership"));
        resources.assign(program, course.id(), salesHipo, null, AssignmentStatus.ENROLLED);

        accounts.signIn(accounts.newOrganization(Role.HR));

        assertThat(resources.catalogue()).isEmpty();
        assertThat(resources.resource(course.id())).isEmpty();
        assertThatThrownBy(() -> resources.assignments(program)).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> resources.removeResource(course.id(), course.version()))
                .isInstanceOf(ConcurrentEditException.class);
        accounts.signIn(hr);
        assertThat(resources.catalogue()).extracting(Resource::id).containsExactly(course.id());
    }

    @Test
    void viewersReadButCannotChange() {
        Resource course = resources.addResource(course("Strategic sales leadership"));
        accounts.signIn(accounts.newColleague(hr, Role.VIEWER));

        assertThat(resources.catalogue()).hasSize(1);
        assertThatThrownBy(() -> resources.assign(program, course.id(), salesHipo, null, AssignmentStatus.PROPOSED))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void twoUsersTakingTheLastPlaceAtOnceGetItOnlyOnce() throws Exception {
        Resource summit = resources.addResource(conference("Sales summit", LocalDate.of(2027, 3, 1), null, 1));
        List<UUID> hipos = List.of(salesHipo, financeHipo);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(hipos.size());
        try {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (UUID hipo : hipos) {
                attempts.add(threads.submit(() -> {
                    accounts.signIn(hr);
                    start.await();
                    try {
                        resources.assign(program, summit.id(), hipo, null, AssignmentStatus.ENROLLED);
                        return true;
                    } catch (InvalidInputException e) {
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
            threads.shutdown();
        }
        assertThat(resources.resource(summit.id()).orElseThrow().enrolled()).isEqualTo(1);
    }

    // --- Helpers ---------------------------------------------------------------------------------

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static ResourceDraft course(String title) {
        return new ResourceDraft(ResourceType.COURSE, title, "Business School", null, "English", "in person", "3 days",
                null, null, null, null, new BigDecimal("800"), List.of());
    }

    static ResourceDraft conference(String title, LocalDate startsOn, LocalDate endsOn, int capacity) {
        return new ResourceDraft(ResourceType.CONFERENCE, title, "Internal", null, "English", "in person", null,
                startsOn, endsOn, "Warsaw", capacity, new BigDecimal("300"), List.of());
    }

    static ResourceDraft withCost(ResourceDraft d, BigDecimal cost) {
        return new ResourceDraft(d.type(), d.title(), d.provider(), d.link(), d.language(), d.format(), d.duration(),
                d.startsOn(), d.endsOn(), d.repeatsOn(), d.location(), d.capacity(), cost, d.capabilities());
    }

    static ResourceDraft withCapacity(ResourceDraft d, Integer capacity) {
        return new ResourceDraft(d.type(), d.title(), d.provider(), d.link(), d.language(), d.format(), d.duration(),
                d.startsOn(), d.endsOn(), d.repeatsOn(), d.location(), capacity, d.costPerParticipant(), d.capabilities());
    }

    static ResourceDraft withCapabilities(ResourceDraft d, List<String> capabilities) {
        return new ResourceDraft(d.type(), d.title(), d.provider(), d.link(), d.language(), d.format(), d.duration(),
                d.startsOn(), d.endsOn(), d.repeatsOn(), d.location(), d.capacity(), d.costPerParticipant(), capabilities);
    }

    static ResourceDraft withRepeats(ResourceDraft d, LocalDate... repeatsOn) {
        return new ResourceDraft(d.type(), d.title(), d.provider(), d.link(), d.language(), d.format(), d.duration(),
                d.startsOn(), d.endsOn(), List.of(repeatsOn), d.location(), d.capacity(), d.costPerParticipant(),
                d.capabilities());
    }

    private static void assertCost(Cost cost, String planned, String actual) {
        assertThat(cost.planned()).as("planned").isEqualByComparingTo(planned);
        assertThat(cost.actual()).as("actual").isEqualByComparingTo(actual);
    }

    private static void refused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isEqualTo(key);
        });
    }

    private static void refusedAsConcurrent(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(ConcurrentEditException.class);
    }
}
