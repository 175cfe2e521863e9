package com.ascent.app.objectives;

import static com.ascent.app.db.Tables.OBJECTIVE;
import static com.ascent.app.db.Tables.PROGRAM;
import static com.ascent.app.db.Tables.SUCCESS_INDICATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InUseException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.objectives.Alignment;
import com.ascent.plugin.api.objectives.Capability;
import com.ascent.plugin.api.objectives.CapabilityDraft;
import com.ascent.plugin.api.objectives.IndicatorDraft;
import com.ascent.plugin.api.objectives.MeasurementSource;
import com.ascent.plugin.api.objectives.NewObjective;
import com.ascent.plugin.api.objectives.Objective;
import com.ascent.plugin.api.objectives.ObjectiveDraft;
import com.ascent.plugin.api.objectives.Priority;
import com.ascent.plugin.api.objectives.StrategyStatement;
import com.ascent.plugin.api.objectives.SuccessIndicator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** What the objectives of a program store, which values they refuse, and whose they are. */
@IntegrationTest
class ObjectivesServiceTest {

    @Autowired
    ObjectivesService objectives;
    @Autowired
    StrategyLibraryService strategy;
    @Autowired
    ProgramService programs;
    @Autowired
    TestAccounts accounts;
    @Autowired
    DSLContext dsl;
    @Autowired
    LaterSteps later;

    Account hr;
    Program program;
    StrategyStatement crossFunctionalLeaders;
    StrategyStatement newMarkets;
    Capability strategicThinking;

    @BeforeEach
    void anOrganizationWithStrategyLibraryAndProgram() {
        hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        program = programs.create(new ProgramDraft("Future leaders 2027", "", LocalDate.of(2027, 1, 11), "Maria Nowak"));
        crossFunctionalLeaders = strategy.addStatement(StrategyStatement.Kind.LEADERSHIP_STRATEGY,
                "Leaders who can run cross-functional teams");
        newMarkets = strategy.addStatement(StrategyStatement.Kind.BUSINESS_PRIORITY, "Grow revenue in new markets");
        strategicThinking = strategy.addCapability(new CapabilityDraft("Strategic thinking",
                "Sees where the business is heading", List.of("Connects team work to strategy")));
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void anObjectiveIsStoredWithItsCapabilityAlignmentsAndIndicators() {
        Objective added = objectives.add(program.id(), new ObjectiveDraft("  Strategic thinking  ",
                "Think beyond one function", strategicThinking.id(), Priority.HIGH,
                List.of(new Alignment(crossFunctionalLeaders.id(), "Leaders see the whole business"),
                        new Alignment(newMarkets.id(), "Better calls on where to grow"))));
        objectives.addIndicator(program.id(), added.id(), new IndicatorDraft("360 score on strategic thinking",
                "points (1-5)", MeasurementSource.FEEDBACK_360, new BigDecimal("3.1"), new BigDecimal("4.0"),
                "at the start and after 12 months"));

        Objective stored = objectives.list(program.id()).getFirst();
        assertThat(stored.title()).as("trimmed").isEqualTo("Strategic thinking");
        assertThat(stored.capabilityId()).isEqualTo(strategicThinking.id());
        assertThat(stored.priority()).isEqualTo(Priority.HIGH);
        assertThat(stored.alignments()).as("leadership strategy first").containsExactly(
                new Alignment(crossFunctionalLeaders.id(), "Leaders see the whole business"),
                new Alignment(newMarkets.id(), "Better calls on where to grow"));
        assertThat(stored.indicators()).singleElement().satisfies(indicator -> {
            assertThat(indicator.name()).isEqualTo("360 score on strategic thinking");
            assertThat(indicator.unit()).isEqualTo("points (1-5)");
            assertThat(indicator.source()).isEqualTo(MeasurementSource.FEEDBACK_360);
            assertThat(indicator.baseline()).isEqualByComparingTo("3.1");
            assertThat(indicator.target()).isEqualByComparingTo("4.0");
            assertThat(indicator.measuredWhen()).isEqualTo("at the start and after 12 months");
        });
    }

    @Test
    void objectivesAreListedInTheOrderTheyWereAddedAndEditsKeepTheirPlace() {
        Objective first = objectives.add(program.id(), draft("Strategic thinking"));
        objectives.add(program.id(), draft("Stakeholder communication"));
        objectives.update(program.id(), first.id(), first.version(), draft("Strategic thinking across functions"));

        assertThat(objectives.list(program.id())).extracting(Objective::title)
                .containsExactly("Strategic thinking across functions", "Stakeholder communication");
    }

    @Test
    void badObjectivesAreRefusedAtTheirFieldAndNothingIsStored() {
        objectives.add(program.id(), draft("Strategic thinking"));

        assertRefused(() -> objectives.add(program.id(), draft("  ")), "title", "objectives.error.titleRequired");
        assertRefused(() -> objectives.add(program.id(), draft("STRATEGIC THINKING ")), "title",
                "objectives.error.titleTaken");
        assertRefused(() -> objectives.add(program.id(), new ObjectiveDraft("Communication", "", null, Priority.LOW,
                        List.of(new Alignment(newMarkets.id(), " ")))),
                "alignments." + newMarkets.id(), "objectives.error.alignmentHowRequired");
        assertRefused(() -> objectives.add(program.id(), new ObjectiveDraft("Communication", "", UUID.randomUUID(),
                Priority.LOW, List.of())), "capabilityId", "objectives.error.capabilityUnknown");
        assertRefused(() -> objectives.add(program.id(), new ObjectiveDraft("Communication", "", null, Priority.LOW,
                List.of(new Alignment(UUID.randomUUID(), "somehow")))), "alignments", "objectives.error.statementUnknown");

        assertThat(objectives.list(program.id())).extracting(Objective::title).containsExactly("Strategic thinking");
    }

    @Test
    void renamingAnObjectiveToAnotherOnesTitleIsRefused() {
        objectives.add(program.id(), draft("Strategic thinking"));
        Objective second = objectives.add(program.id(), draft("Communication"));

        assertRefused(() -> objectives.update(program.id(), second.id(), second.version(), draft("strategic thinking")),
                "title", "objectives.error.titleTaken");
        assertThat(objectives.update(program.id(), second.id(), second.version(), draft("communication")).title())
                .as("an objective may keep its own title in another case").isEqualTo("communication");
    }

    @Test
    void badIndicatorsAreRefusedAtTheirFieldAndNothingIsStored() {
        Objective objective = objectives.add(program.id(), draft("Strategic thinking"));
        objectives.addIndicator(program.id(), objective.id(), indicator("360 score", "points (1-5)", "4"));

        assertRefused(() -> objectives.addIndicator(program.id(), objective.id(), indicator(" ", "%", "75")),
                "name", "objectives.error.indicatorNameRequired");
        assertRefused(() -> objectives.addIndicator(program.id(), objective.id(), indicator("360 SCORE", "%", "75")),
                "name", "objectives.error.indicatorNameTaken");
        assertRefused(() -> objectives.addIndicator(program.id(), objective.id(), indicator("Survey", " ", "75")),
                "unit", "objectives.error.unitRequired");
        assertRefused(() -> objectives.addIndicator(program.id(), objective.id(),
                indicator("Manager rating", "points (1-5)", "7")), "target", "objectives.error.valueOffScale");
        assertRefused(() -> objectives.addIndicator(program.id(), objective.id(), new IndicatorDraft("Manager rating",
                        "rating 1–10", MeasurementSource.PERFORMANCE_RATING, new BigDecimal("0"), new BigDecimal("8"), "")),
                "baseline", "objectives.error.valueOffScale");

        assertThat(objectives.list(program.id()).getFirst().indicators()).extracting(SuccessIndicator::name)
                .containsExactly("360 score");
    }

    @Test
    void unitsWithoutAScaleTakeAnyNumberAndAnIndicatorMayWaitForItsTarget() {
        Objective objective = objectives.add(program.id(), draft("Business growth"));
        objectives.addIndicator(program.id(), objective.id(), indicator("Revenue growth", "%", "140"));
        objectives.addIndicator(program.id(), objective.id(), new IndicatorDraft("Promotions", "people",
                MeasurementSource.PROMOTION_RATE, null, null, ""));

        assertThat(objectives.list(program.id()).getFirst().indicators())
                .extracting(SuccessIndicator::name, SuccessIndicator::target)
                .containsExactly(tuple("Revenue growth", new BigDecimal("140")),
                        tuple("Promotions", null));
    }

    @Test
    void aTemplateStartIsStoredWholeOrNotAtAll() {
        objectives.add(program.id(), draft("Communicate clearly"));
        List<NewObjective> template = List.of(
                new NewObjective(draft("Lead cross-functional teams"), List.of(indicator("360 score", "points (1-5)", "4"))),
                new NewObjective(draft("communicate clearly"), List.of(indicator("Team survey", "% agree", "80"))));

        assertRefused(() -> objectives.addAll(program.id(), template), "title", "objectives.error.titleTaken");
        assertThat(objectives.list(program.id())).extracting(Objective::title).containsExactly("Communicate clearly");

        List<Objective> added = objectives.addAll(program.id(), List.of(template.getFirst(),
                new NewObjective(draft("Bring people along"), List.of(indicator("Pulse survey", "% agree", "75"),
                        indicator("Milestones on time", "%", "90")))));
        assertThat(added).extracting(Objective::title).containsExactly("Lead cross-functional teams", "Bring people along");
        assertThat(objectives.list(program.id()).get(2).indicators()).extracting(SuccessIndicator::name)
                .containsExactly("Pulse survey", "Milestones on time");
    }

    @Test
    void objectivesStartedFromATemplateAreCleanedLikeTypedOnes() {
        List<Objective> added = objectives.addAll(program.id(), List.of(new NewObjective(
                draft("Lead\r\nATTENDEE;CN=Mallory:mailto:mallory@evil.example"),
                List.of(indicator("\u202E360 score", "points (1-5)", "4")))));

        assertThat(added.getFirst().title()).isEqualTo("Lead ATTENDEE;CN=Mallory:mailto:mallory@evil.example");
        assertThat(added.getFirst().indicators()).extracting(SuccessIndicator::name).containsExactly("360 score");
        assertRefused(() -> objectives.addAll(program.id(), List.of(new NewObjective(draft("x".repeat(100_000)),
                List.of()))), "title", "text.error.nameTooLong");
    }

    @Test
    void theLaterOfTwoConcurrentEditsIsRefused() {
        Objective objective = objectives.add(program.id(), draft("Strategic thinking"));
        SuccessIndicator indicator = objectives.addIndicator(program.id(), objective.id(),
                indicator("360 score", "points (1-5)", "4"));
        objectives.update(program.id(), objective.id(), objective.version(), draft("Strategic thinking 2027"));
        objectives.updateIndicator(program.id(), indicator.id(), indicator.version(),
                indicator("360 score", "points (1-5)", "4.2"));

        assertThatThrownBy(() -> objectives.update(program.id(), objective.id(), objective.version(), draft("Overwrite")))
                .isInstanceOf(ConcurrentEditException.class).hasMessage("objectives.error.concurrentEdit");
        assertThatThrownBy(() -> objectives.remove(program.id(), objective.id(), objective.version()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> objectives.updateIndicator(program.id(), indicator.id(), indicator.version(),
                indicator("360 score", "points (1-5)", "3"))).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> objectives.removeIndicator(program.id(), indicator.id(), indicator.version()))
                .isInstanceOf(ConcurrentEditException.class);

        Objective stored = objectives.list(program.id()).getFirst();
        assertThat(stored.title()).isEqualTo("Strategic thinking 2027");
        assertThat(stored.indicators().getFirst().target()).isEqualByComparingTo("4.2");
    }

    @Test
    void anotherOrganizationNeitherSeesNorChangesTheObjectives() {
        Objective objective = objectives.add(program.id(), draft("Strategic thinking"));
        SuccessIndicator indicator = objectives.addIndicator(program.id(), objective.id(),
                indicator("360 score", "points (1-5)", "4"));

        Account other = accounts.newOrganization(Role.HR);
        accounts.signIn(other);
        assertThat(objectives.list(program.id())).isEmpty();
        assertThatThrownBy(() -> objectives.add(program.id(), draft("Smuggled"))).isInstanceOf(ConcurrentEditException.class)
                .hasMessage("objectives.error.gone");
        assertThatThrownBy(() -> objectives.update(program.id(), objective.id(), objective.version(), draft("Hijacked")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> objectives.removeIndicator(program.id(), indicator.id(), indicator.version()))
                .isInstanceOf(ConcurrentEditException.class);
        Program own = programs.create(new ProgramDraft("Own program", "", LocalDate.of(2027, 2, 1), "Ola"));
        assertThatThrownBy(() -> objectives.add(own.id(), new ObjectiveDraft("Linked to foreign data", "",
                strategicThinking.id(), Priority.HIGH, List.of()))).isInstanceOf(InvalidInputException.class)
                .hasMessage("objectives.error.capabilityUnknown");
        assertThatThrownBy(() -> objectives.add(own.id(), new ObjectiveDraft("Linked to foreign data", "", null,
                Priority.HIGH, List.of(new Alignment(newMarkets.id(), "borrowed strategy")))))
                .isInstanceOf(InvalidInputException.class).hasMessage("objectives.error.statementUnknown");

        accounts.signIn(hr);
        Objective stored = objectives.list(program.id()).getFirst();
        assertThat(stored.title()).isEqualTo("Strategic thinking");
        assertThat(stored.indicators()).hasSize(1);
    }

    @Test
    void viewersReadButCannotChangeObjectives() {
        Objective objective = objectives.add(program.id(), draft("Strategic thinking"));
        accounts.signIn(accounts.newColleague(hr, Role.VIEWER));

        assertThat(objectives.list(program.id())).extracting(Objective::title).containsExactly("Strategic thinking");
        assertThatThrownBy(() -> objectives.remove(program.id(), objective.id(), objective.version()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void anArchivedProgramsObjectivesCannotChange() {
        Objective objective = objectives.add(program.id(), draft("Strategic thinking"));
        programs.archive(program);

        assertThatThrownBy(() -> objectives.update(program.id(), objective.id(), objective.version(), draft("Later")))
                .isInstanceOf(ConcurrentEditException.class).hasMessage("objectives.error.programArchived");
        assertThatThrownBy(() -> objectives.add(program.id(), draft("Another")))
                .isInstanceOf(ConcurrentEditException.class).hasMessage("objectives.error.programArchived");
        assertThat(objectives.list(program.id())).extracting(Objective::title).containsExactly("Strategic thinking");
    }

    @Test
    void inARunningProgramMeasuredIndicatorsAndTheirObjectivesStayWithTheirHistory() {
        Objective objective = objectives.add(program.id(), draft("Strategic thinking"));
        SuccessIndicator measured = objectives.addIndicator(program.id(), objective.id(),
                indicator("360 score", "points (1-5)", "4"));
        SuccessIndicator unmeasured = objectives.addIndicator(program.id(), objective.id(),
                indicator("Projects led", "projects", "2"));
        program = programs.launch(program);
        UUID metric = later.measure(hr.organizationId(), program.id(), measured);

        assertThatThrownBy(() -> objectives.removeIndicator(program.id(), measured.id(), measured.version()))
                .isInstanceOf(InUseException.class).hasMessage("objectives.error.indicatorMeasured");
        assertThatThrownBy(() -> objectives.remove(program.id(), objective.id(), objective.version()))
                .isInstanceOf(InUseException.class).hasMessage("objectives.error.objectiveMeasured");
        assertRefused(() -> objectives.updateIndicator(program.id(), measured.id(), measured.version(),
                indicator("360 score", "points (1-10)", "8")), "unit", "objectives.error.unitFixedByMeasurement");

        SuccessIndicator retargeted = objectives.updateIndicator(program.id(), measured.id(), measured.version(),
                indicator("360 score on strategic thinking", "Points (1-5)", "4.5"));
        assertThat(retargeted.id()).isEqualTo(measured.id());
        objectives.removeIndicator(program.id(), unmeasured.id(), unmeasured.version());

        assertThat(objectives.list(program.id()).getFirst().indicators()).extracting(SuccessIndicator::name)
                .containsExactly("360 score on strategic thinking");
        assertThat(later.indicatorOf(hr.organizationId(), metric)).as("the metric still points at its indicator").isEqualTo(measured.id());
    }

    @Test
    void anObjectiveThatDevelopmentPlanGoalsLinkToStays() {
        Objective objective = objectives.add(program.id(), draft("Strategic thinking"));
        programs.launch(program);
        later.linkGoal(hr.organizationId(), program.id(), objective.id());

        assertThatThrownBy(() -> objectives.remove(program.id(), objective.id(), objective.version()))
                .isInstanceOf(InUseException.class).hasMessage("objectives.error.objectiveLinkedToGoals");
        assertThat(objectives.list(program.id())).hasSize(1);
    }

    @Test
    void withoutHistoryObjectivesAndIndicatorsOfARunningProgramCanBeRemoved() {
        Objective objective = objectives.add(program.id(), draft("Strategic thinking"));
        objectives.addIndicator(program.id(), objective.id(), indicator("360 score", "points (1-5)", "4"));
        program = programs.launch(program);

        Objective current = objectives.list(program.id()).getFirst();
        objectives.remove(program.id(), current.id(), current.version());
        assertThat(objectives.list(program.id())).isEmpty();
    }

    @Test
    void theDatabaseItselfRefusesToDetachAMetricFromItsIndicatorButDeletingAWholeProgramStillWorks() {
        Objective objective = objectives.add(program.id(), draft("Strategic thinking"));
        SuccessIndicator indicator = objectives.addIndicator(program.id(), objective.id(),
                indicator("360 score", "points (1-5)", "4"));
        later.measure(hr.organizationId(), program.id(), indicator);

        assertThatThrownBy(() -> later.inOrganization(hr.organizationId(), () -> dsl.deleteFrom(SUCCESS_INDICATOR)
                .where(SUCCESS_INDICATOR.ID.eq(indicator.id())).execute()))
                .hasMessageContaining("metric_indicator_id_fkey");
        later.inOrganization(hr.organizationId(), () -> dsl.deleteFrom(PROGRAM).where(PROGRAM.ID.eq(program.id())).execute());
        assertThat(later.inOrganization(hr.organizationId(), () -> dsl.fetchCount(OBJECTIVE, OBJECTIVE.PROGRAM_ID.eq(program.id())))).isZero();
    }

    static void assertRefused(Runnable write, String field, String key) {
        assertThatThrownBy(write::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isEqualTo(key);
        });
    }

    static ObjectiveDraft draft(String title) {
        return new ObjectiveDraft(title, "", null, Priority.MEDIUM, List.of());
    }

    static IndicatorDraft indicator(String name, String unit, String target) {
        return new IndicatorDraft(name, unit, MeasurementSource.FEEDBACK_360, null, new BigDecimal(target), "");
    }
}
