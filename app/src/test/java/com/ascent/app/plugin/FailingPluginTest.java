package com.ascent.app.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.program.ui.ProgramsView;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.FaultyPluginsViewTest;
import com.ascent.app.support.FuturePluginJar;
import com.ascent.app.wizard.StepOutcome;
import com.ascent.app.wizard.StepReport;
import com.ascent.app.wizard.WizardService;
import com.ascent.app.wizard.ui.WizardView;
import com.ascent.plugin.api.PluginApi;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * A plugin that throws costs its own step, nothing else: the step shows an error panel naming the
 * plugin, its neighbours and the rest of Ascent keep working, and an incompatible plugin is
 * reported with its reason.
 */
class FailingPluginTest extends FaultyPluginsViewTest {

    @Autowired
    PluginAdministrationService administration;
    @Autowired
    ProgramService programs;
    @Autowired
    WizardService wizard;
    @Autowired
    WebApplicationContext web;
    @Autowired
    StepBindingRepository stored;
    @Autowired
    TransactionTemplate transactions;

    Account admin;
    Program program;

    @BeforeEach
    void anOrganizationWithAProgram() {
        admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        program = programs.create(new ProgramDraft("Future general managers", "", LocalDate.of(2027, 1, 11), "Maria Nowak"));
    }

    @Test
    void aStepWhoseViewThrowsShowsAnErrorPanelNamingThePluginWhileTheRestKeepsWorking() {
        administration.setExtraStep("failing-view", true);

        navigate(stepLocation("failing-view"), WizardView.class);
        Div panel = $(Div.class).withClassName("ascent-error-panel").single();
        assertThat(panel.getElement().getTextRecursively())
                .contains("This step could not be shown").contains(FAILING_PLUGIN);

        navigate(stepLocation("objectives"), WizardView.class);
        assertThat($(Div.class).withClassName("ascent-error-panel").exists()).isFalse();
        assertThat($(Button.class).withId("add-objective").single().isVisible())
                .as("the real step next to the failing one works").isTrue();

        navigate(ProgramsView.class);
        Grid<Program> list = $(Grid.class).single();
        assertThat(test(list).size()).isEqualTo(1);
        assertThat(test(list).getRow(0).name()).isEqualTo("Future general managers");
    }

    @Test
    void aStepWhoseStatusThrowsIsReportedAsFailedAndHoldsUpTheLaunch() {
        administration.bindSlot(StepSlot.MEASUREMENT, "failing-status");

        StepReport measurement = wizard.review(program, Locale.ENGLISH).stream()
                .filter(r -> r.stepId().equals("failing-status")).findFirst().orElseThrow();
        assertThat(measurement.outcome()).isEqualTo(new StepOutcome.Failed(FAILING_PLUGIN));
        assertThat(wizard.launch(program, Locale.ENGLISH).launched()).isFalse();

        navigate(stepLocation("failing-status"), WizardView.class);
        assertThat($(Paragraph.class).withText("Impact evidence is collected here.").exists())
                .as("its view still opens").isTrue();
        assertThat($(RouterLink.class).withClassName("ascent-stepper-item")
                .withCondition(item -> item.getElement().getTextRecursively().contains("Impact check")).single()
                .getElement().getTextRecursively()).as("the stepper tells the user").contains("Error");
    }

    @Test
    void anotherOrganizationKeepsItsOwnSteps() {
        administration.setExtraStep("failing-view", true);
        administration.bindSlot(StepSlot.MEASUREMENT, "failing-status");

        accounts.signIn(accounts.newOrganization(Role.ADMIN));
        assertThat(wizard.entries()).extracting(WizardEntry::stepId)
                .doesNotContain("failing-view", "failing-status").contains("objectives", "measurement");
    }

    @Test
    void theOperatorEndpointListsTheIncompatiblePluginAsFailedWithItsReason() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        accounts.signOut();

        mvc.perform(get("/actuator/plugins"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '%s')].state", FuturePluginJar.ID).value(contains("FAILED")))
                .andExpect(jsonPath("$[?(@.id == '%s')].failureReason", FuturePluginJar.ID)
                        .value(hasItem(allOf(containsString(FuturePluginJar.REQUIRES), containsString(PluginApi.VERSION)))))
                .andExpect(jsonPath("$[?(@.id == '%s')].state", FAILING_PLUGIN).value(contains("STARTED")))
                .andExpect(jsonPath("$[?(@.id == '%s')].steps[*]", FAILING_PLUGIN)
                        .value(contains("failing-status", "failing-view")));
    }

    @Test
    void aPluginThatFailsToStartIsFailedWithItsReasonAndItsBoundStepSaysItIsNotAvailable() {
        assertThat(administration.plugins()).filteredOn(p -> p.id().equals(FAILING_START_PLUGIN)).singleElement()
                .satisfies(plugin -> {
                    assertThat(plugin.state()).isEqualTo("FAILED");
                    assertThat(plugin.failureReason()).isEqualTo("The licence file of the reporting service is missing");
                    assertThat(plugin.steps()).isEmpty();
                });
        // Bound while the plugin still ran; since then it fails at start-up.
        OrganizationScope.runAs(admin.organizationId(), () -> transactions.executeWithoutResult(tx -> {
            stored.setExtraStep(admin.organizationId(), "licensed-report", StepPlacement.after(StepSlot.MEASUREMENT), true);
            stored.bindSlot(admin.organizationId(), "licensed-selection", StepSlot.SELECTION);
        }));

        assertThat(wizard.review(program, Locale.ENGLISH)).filteredOn(r -> r.stepId().startsWith("licensed-"))
                .extracting(StepReport::outcome).containsExactly(new StepOutcome.Unavailable(), new StepOutcome.Unavailable());
        navigate(stepLocation("licensed-report"), WizardView.class);
        assertThat($(Div.class).withClassName("ascent-error-panel").single().getElement().getTextRecursively())
                .contains("This step is not available")
                .contains("No running plugin offers the step “licensed-report”. Ask your administrator to check the plugins page.");
        navigate(stepLocation("licensed-selection"), WizardView.class);
        assertThat($(Div.class).withClassName("ascent-error-panel").single().getElement().getTextRecursively())
                .as("a slot bound to it").contains("This step is not available");
        assertThat(wizard.launch(program, Locale.ENGLISH).launched()).as("an unavailable step holds up the launch").isFalse();

        navigate(stepLocation("objectives"), WizardView.class);
        assertThat($(Button.class).withId("add-objective").single().isVisible()).as("the other steps work").isTrue();
    }

    @Test
    void anUnavailableExtraStepGoesByItsOwnNameNotByTheSlotItFollows() {
        // Bound after the framework while its plugin still ran; since then the plugin fails at start-up.
        OrganizationScope.runAs(admin.organizationId(), () -> transactions.executeWithoutResult(tx ->
                stored.setExtraStep(admin.organizationId(), "licensed-report", StepPlacement.after(StepSlot.FRAMEWORK), true)));

        navigate(stepLocation("licensed-report"), WizardView.class);
        assertThat($(RouterLink.class).withClassName("ascent-stepper-item").all())
                .extracting(item -> item.getElement().getTextRecursively())
                .as("one step 3, then the extra step under its own name")
                .filteredOn(text -> text.startsWith("3. ") || text.startsWith("4. "))
                .satisfiesExactly(
                        framework -> assertThat(framework).startsWith("3. Program framework"),
                        extra -> assertThat(extra).startsWith("4. Extra step “licensed-report”").contains("Not available"));
        assertThat($(H2.class).all()).extracting(H2::getText).contains("Extra step “licensed-report”");

        navigate(stepLocation("review"), WizardView.class);
        assertThat($(H3.class).all()).extracting(H3::getText)
                .as("Review & launch")
                .contains("3. Program framework", "4. Extra step “licensed-report”")
                .doesNotHaveDuplicates();
    }

    private String stepLocation(String stepId) {
        return "programs/" + program.id() + "/steps/" + stepId;
    }
}
