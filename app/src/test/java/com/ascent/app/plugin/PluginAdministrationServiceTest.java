package com.ascent.app.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.plugin.PluginAdministrationService.ExtraStep;
import com.ascent.app.plugin.PluginAdministrationService.SlotBinding;
import com.ascent.app.plugin.PluginAdministrationService.StepChoice;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import com.ascent.app.wizard.WizardService;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** What the administrator sees and changes when a bound plugin is no longer installed. */
@IntegrationTest
class PluginAdministrationServiceTest {

    @Autowired
    PluginAdministrationService administration;
    @Autowired
    WizardService wizard;
    @Autowired
    StepBindingRepository stored;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void anExtraStepWhosePluginIsGoneIsShownAsNotRunningAndCanBeSwitchedOff() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        storeAsIfOnceInstalled(admin, "retired-step", StepPlacement.after(StepSlot.FRAMEWORK));
        accounts.signIn(admin);

        assertThat(administration.configuration(Locale.ENGLISH).extras())
                .filteredOn(e -> e.stepId().equals("retired-step")).singleElement()
                .satisfies(e -> {
                    assertThat(e.enabled()).isTrue();
                    assertThat(e.running()).isFalse();
                });
        assertThat(wizard.entries()).filteredOn(e -> e.stepId().equals("retired-step")).singleElement()
                .satisfies(e -> assertThat(e.running()).isEmpty());

        administration.setExtraStep("retired-step", false);

        assertThat(wizard.entries()).extracting(WizardEntry::stepId).doesNotContain("retired-step");
        assertThat(administration.configuration(Locale.ENGLISH).extras()).extracting(ExtraStep::stepId)
                .doesNotContain("retired-step");
    }

    @Test
    void eachSlotOffersItsDefaultStepFirstAndTheRunningObjectivesStepIsThatDefault() {
        accounts.signIn(accounts.newOrganization(Role.ADMIN));

        SlotBinding objectives = administration.configuration(Locale.ENGLISH).slots().getFirst();

        assertThat(objectives.slot()).isEqualTo(StepSlot.OBJECTIVES);
        assertThat(objectives.stepId()).isEqualTo("objectives");
        assertThat(objectives.choices().getFirst()).satisfies(choice -> {
            assertThat(choice.stepId()).isEqualTo("objectives");
            assertThat(choice.defaultStep()).isTrue();
            assertThat(choice.running()).isTrue();
            assertThat(choice.pluginId()).isEqualTo("ascent-step-objectives");
            assertThat(choice.title()).isEqualTo("Objectives");
        });
        assertThat(administration.configuration(Locale.ENGLISH).slots()).extracting(SlotBinding::slot)
                .containsExactly(StepSlot.values());
        assertThat(administration.configuration(Locale.ENGLISH).slots())
                .allSatisfy(slot -> assertThat(slot.choices()).extracting(StepChoice::defaultStep).first().isEqualTo(true));
    }

    private void storeAsIfOnceInstalled(Account account, String stepId, StepPlacement placement) {
        OrganizationScope.runAs(account.organizationId(), () -> transactions.executeWithoutResult(tx ->
                stored.setExtraStep(account.organizationId(), stepId, placement, true)));
    }
}
