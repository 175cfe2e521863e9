package com.ascent.app.objectives;

import static com.ascent.app.objectives.ObjectivesServiceTest.assertRefused;
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
import com.ascent.plugin.api.objectives.Alignment;
import com.ascent.plugin.api.objectives.Capability;
import com.ascent.plugin.api.objectives.CapabilityDraft;
import com.ascent.plugin.api.objectives.ObjectiveDraft;
import com.ascent.plugin.api.objectives.Priority;
import com.ascent.plugin.api.objectives.StrategyStatement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The strategy context and capability library every program of an organization shares. */
@IntegrationTest
class StrategyLibraryServiceTest {

    @Autowired
    StrategyLibraryService strategy;
    @Autowired
    ObjectivesService objectives;
    @Autowired
    ProgramService programs;
    @Autowired
    TestAccounts accounts;

    Account hr;

    @BeforeEach
    void signIn() {
        hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void statementsAreStoredLeadershipStrategyFirstAndRefuseEmptyOrRepeatedText() {
        strategy.addStatement(StrategyStatement.Kind.BUSINESS_PRIORITY, "Grow revenue in new markets");
        strategy.addStatement(StrategyStatement.Kind.LEADERSHIP_STRATEGY, " Leaders who run cross-functional teams ");

        assertRefused(() -> strategy.addStatement(StrategyStatement.Kind.BUSINESS_PRIORITY, "  "), "text",
                "objectives.error.statementRequired");
        assertRefused(() -> strategy.addStatement(StrategyStatement.Kind.BUSINESS_PRIORITY, "grow revenue in NEW markets"),
                "text", "objectives.error.statementTaken");

        assertThat(strategy.statements()).extracting(StrategyStatement::kind, StrategyStatement::text).containsExactly(
                tuple(StrategyStatement.Kind.LEADERSHIP_STRATEGY, "Leaders who run cross-functional teams"),
                tuple(StrategyStatement.Kind.BUSINESS_PRIORITY, "Grow revenue in new markets"));
    }

    @Test
    void removingAStatementRemovesTheAlignmentsWithItAndAStaleVersionIsRefused() {
        StrategyStatement statement = strategy.addStatement(StrategyStatement.Kind.BUSINESS_PRIORITY, "Grow in Asia");
        Program program = programs.create(new ProgramDraft("Leaders", "", LocalDate.of(2027, 3, 1), "Ola"));
        objectives.add(program.id(), new ObjectiveDraft("Business acumen", "", null, Priority.HIGH,
                List.of(new Alignment(statement.id(), "Leaders who read the figures grow the right markets"))));
        StrategyStatement reworded = strategy.updateStatement(statement.id(), statement.version(), "Grow in Asia and Africa");

        assertThatThrownBy(() -> strategy.removeStatement(statement.id(), statement.version()))
                .isInstanceOf(ConcurrentEditException.class);
        strategy.removeStatement(reworded.id(), reworded.version());

        assertThat(strategy.statements()).isEmpty();
        assertThat(objectives.list(program.id()).getFirst().alignments()).isEmpty();
    }

    @Test
    void theStarterLibraryIsAddedWholeOrNotAtAll() {
        strategy.addCapability(new CapabilityDraft("Communication", "", List.of()));
        List<CapabilityDraft> starter = List.of(
                new CapabilityDraft("Strategic thinking", "Sees where the business is heading",
                        List.of("Connects team work to strategy", "  ", "Spots trends early")),
                new CapabilityDraft("communication", "Gets messages across", List.of()));

        assertRefused(() -> strategy.addCapabilities(starter), "name", "objectives.error.capabilityNameTaken");
        assertThat(strategy.capabilities()).extracting(Capability::name).containsExactly("Communication");

        strategy.addCapabilities(List.of(starter.getFirst()));
        assertThat(strategy.capabilities()).extracting(Capability::name)
                .containsExactly("Communication", "Strategic thinking");
        assertThat(strategy.capabilities().get(1).behaviours()).as("blank behaviours dropped")
                .containsExactly("Connects team work to strategy", "Spots trends early");
    }

    @Test
    void capabilitiesAreEditedWithTheirVersionAndRemovedOnlyWhenNothingUsesThem() {
        Capability used = strategy.addCapability(new CapabilityDraft("Strategic thinking", "", List.of()));
        Capability unused = strategy.addCapability(new CapabilityDraft("Business acumen", "", List.of()));
        Program program = programs.create(new ProgramDraft("Leaders", "", LocalDate.of(2027, 3, 1), "Ola"));
        objectives.add(program.id(), new ObjectiveDraft("Think strategically", "", used.id(), Priority.HIGH, List.of()));

        Capability edited = strategy.updateCapability(used.id(), used.version(),
                new CapabilityDraft("Strategic thinking", "Sees the whole business", List.of("Links work to strategy")));
        assertThatThrownBy(() -> strategy.updateCapability(used.id(), used.version(),
                new CapabilityDraft("Overwrite", "", List.of()))).isInstanceOf(ConcurrentEditException.class);
        assertRefused(() -> strategy.updateCapability(unused.id(), unused.version(),
                new CapabilityDraft("STRATEGIC THINKING", "", List.of())), "name", "objectives.error.capabilityNameTaken");
        assertThatThrownBy(() -> strategy.removeCapability(edited.id(), edited.version()))
                .isInstanceOf(InUseException.class).hasMessage("objectives.error.capabilityInUse");
        strategy.removeCapability(unused.id(), unused.version());

        assertThat(strategy.capabilities()).singleElement().satisfies(c -> {
            assertThat(c.description()).isEqualTo("Sees the whole business");
            assertThat(c.behaviours()).containsExactly("Links work to strategy");
        });
    }

    @Test
    void eachOrganizationHasItsOwnStrategyAndLibrary() {
        strategy.addStatement(StrategyStatement.Kind.LEADERSHIP_STRATEGY, "Leaders who coach");
        Capability capability = strategy.addCapability(new CapabilityDraft("Developing others", "", List.of()));

        accounts.signIn(accounts.newOrganization(Role.HR));
        assertThat(strategy.statements()).isEmpty();
        assertThat(strategy.capabilities()).isEmpty();
        strategy.addCapability(new CapabilityDraft("Developing others", "", List.of()));
        assertThatThrownBy(() -> strategy.removeCapability(capability.id(), capability.version()))
                .isInstanceOf(ConcurrentEditException.class);

        accounts.signIn(hr);
        assertThat(strategy.capabilities()).extracting(Capability::id).containsExactly(capability.id());
    }
}
