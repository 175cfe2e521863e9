package com.ascent.app.plugin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascent.plugin.api.PluginApi;
import com.ascent.app.objectives.ObjectivesService;
import com.ascent.app.plugin.PluginAdministrationService;
import com.ascent.app.plugin.PluginInfo;
import com.ascent.app.plugin.WizardEntry;
import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.FaultyPluginsViewTest;
import com.ascent.app.support.FuturePluginJar;
import com.ascent.app.wizard.WizardService;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import com.ascent.plugin.api.objectives.Objective;
import com.ascent.plugin.api.objectives.ObjectiveDraft;
import com.ascent.plugin.api.objectives.Priority;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectTester;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

class PluginsViewTest extends FaultyPluginsViewTest {

    static final String FAILING_STATUS_LABEL = "Impact check (from " + FAILING_PLUGIN + ")";

    @Autowired
    WizardService wizard;
    @Autowired
    ProgramService programs;
    @Autowired
    ObjectivesService objectives;
    @Autowired
    PluginAdministrationService administration;

    @Test
    void listsEveryPluginWithItsStateItsStepsAndWhyAFailedOneDoesNotRun() {
        accounts.signIn(accounts.newOrganization(Role.ADMIN));
        navigate(PluginsView.class);

        Grid<PluginInfo> grid = $(Grid.class).id("plugins");
        var plugins = test(grid);
        List<String> ids = IntStream.range(0, plugins.size()).mapToObj(i -> plugins.getRow(i).id()).toList();
        assertThat(ids).contains("ascent-step-objectives", FAILING_PLUGIN, FuturePluginJar.ID);

        int future = ids.indexOf(FuturePluginJar.ID);
        assertThat(plugins.getCellComponent(future, 3).getElement().getText()).isEqualTo("Failed");
        assertThat(plugins.getCellText(future, 5)).contains(FuturePluginJar.REQUIRES).contains(PluginApi.VERSION);

        int failingStart = ids.indexOf(FAILING_START_PLUGIN);
        assertThat(plugins.getCellComponent(failingStart, 3).getElement().getText()).isEqualTo("Failed");
        assertThat(plugins.getCellText(failingStart, 5)).isEqualTo("The licence file of the reporting service is missing");

        int failing = ids.indexOf(FAILING_PLUGIN);
        assertThat(plugins.getCellComponent(failing, 3).getElement().getText()).isEqualTo("Running");
        assertThat(plugins.getCellText(failing, 4)).isEqualTo("failing-status, failing-view");
        assertThat(plugins.getCellText(failing, 5)).isEmpty();
    }

    @Test
    void withoutProgramsInProgressASlotIsReboundAtOnceForThisOrganizationOnly() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        Account otherAdmin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        navigate(PluginsView.class);
        SelectTester<Select<String>, String> measurement = test($(Select.class).id("slot-MEASUREMENT"));
        assertThat(measurement.getSelected()).isEqualTo("measurement");
        assertThat(measurement.getSuggestions()).contains(FAILING_STATUS_LABEL)
                .anySatisfy(label -> assertThat(label).contains("Ascent's default"));

        measurement.selectItem(FAILING_STATUS_LABEL);

        assertThat($(ConfirmDialog.class).exists()).as("nothing in progress, nothing to confirm").isFalse();
        assertThat(wizardSteps()).contains("failing-status").doesNotContain("measurement");
        accounts.signIn(otherAdmin);
        assertThat(wizardSteps()).contains("measurement").doesNotContain("failing-status");

        accounts.signIn(admin);
        navigate(PluginsView.class);
        measurement = test($(Select.class).id("slot-MEASUREMENT"));
        assertThat(measurement.getSelected()).isEqualTo("failing-status");
        measurement.selectItem(measurement.getSuggestions().stream()
                .filter(label -> label.contains("Ascent's default")).findFirst().orElseThrow());
        assertThat(wizardSteps()).contains("measurement").doesNotContain("failing-status");
    }

    @Test
    void changingTheStepsOfProgramsInProgressIsConfirmedFirstAndKeepsTheirData() {
        accounts.signIn(accounts.newOrganization(Role.ADMIN));
        Program program = programs.create(new ProgramDraft("Future general managers", "", LocalDate.of(2027, 1, 11),
                "Maria Nowak"));
        Objective objective = objectives.add(program.id(),
                new ObjectiveDraft("Strategic thinking", "", null, Priority.HIGH, List.of()));
        navigate(PluginsView.class);
        Checkbox teamCharter = $(Checkbox.class).id("extra-failing-view");
        assertThat(teamCharter.getLabel()).isEqualTo("Team charter, after “3. Program framework”");
        assertThat(teamCharter.getValue()).isFalse();

        test(teamCharter).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("One program is in progress");
        test(confirm).cancel();
        assertThat(teamCharter.getValue()).as("cancelled: the checkbox shows what is stored").isFalse();
        assertThat(wizardSteps()).doesNotContain("failing-view");

        test(teamCharter).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(wizardSteps()).contains("failing-view");
        assertThat($(Checkbox.class).id("extra-failing-view").getValue()).isTrue();
        assertThat(programs.find(program.id())).contains(program);
        assertThat(objectives.list(program.id())).containsExactly(objective);
    }

    @Test
    void anExtraStepGoesWhereTheAdministratorPutsItInThisOrganizationOnly() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        Account otherAdmin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(otherAdmin);
        administration.setExtraStep("failing-view", true);
        accounts.signIn(admin);
        navigate(PluginsView.class);
        SelectTester<Select<StepPlacement>, StepPlacement> where = test($(Select.class).id("extra-place-failing-view"));
        assertThat(where.getSelected()).as("where its plugin suggests").isEqualTo(StepPlacement.after(StepSlot.FRAMEWORK));
        assertThat(where.getSuggestions()).hasSize(12).startsWith("Before “1. Objectives”", "After “1. Objectives”");

        where.selectItem("Before “1. Objectives”");
        test($(Checkbox.class).id("extra-failing-view")).click();

        assertThat(wizardSteps()).startsWith("failing-view", "objectives");
        assertThat($(Checkbox.class).id("extra-failing-view").getLabel())
                .isEqualTo("Team charter, before “1. Objectives”");
        accounts.signIn(otherAdmin);
        List<String> other = wizardSteps();
        assertThat(other.get(other.indexOf("framework") + 1)).as("the other organization keeps its place").isEqualTo("failing-view");

        accounts.signIn(admin);
        administration.setExtraStep("failing-view", false);
        administration.setExtraStep("failing-view", true);
        assertThat(wizardSteps()).as("switched on again, it returns where it was put").startsWith("failing-view");
    }

    @Test
    void onlyAdministratorsManagePluginsAndSteps() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        assertThatThrownBy(() -> administration.plugins()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> administration.setExtraStep("failing-view", true))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(wizardSteps()).doesNotContain("failing-view");
    }

    private List<String> wizardSteps() {
        return wizard.entries().stream().map(WizardEntry::stepId).toList();
    }
}
