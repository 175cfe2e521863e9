package com.ascent.app.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.roster.ProgramRosterService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.BrowserlessViewTest;
import com.ascent.app.support.TestPeople;
import com.ascent.app.support.TestPeople.Spec;
import com.ascent.app.wizard.ui.WizardView;
import com.ascent.plugin.api.roster.MemberDraft;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The wizard shell's stepper follows what a step saves, at once: no reload. (The steps' own
 * behaviour is tested in their plugin modules; this uses the Ongoing support step as any step.)
 */
class StepperFollowsTheStepTest extends BrowserlessViewTest {

    @Autowired
    ProgramService programs;
    @Autowired
    ProgramRosterService roster;
    @Autowired
    TestPeople people;

    @Test
    void aStepCompletedByWhatItSavesIsShownCompleteInTheStepperAtOnce() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        Program program = programs.create(new ProgramDraft("Future leaders " + UUID.randomUUID(), "",
                LocalDate.of(2027, 1, 11), "Maria Nowak"));
        roster.addMember(program.id(), MemberDraft.hipo(people.add(hr.organizationId(),
                Spec.of("Ana Finance", "Finance", 5))));
        navigate("programs/" + program.id() + "/steps/support", WizardView.class);
        assertThat(textsOfView()).contains("5. Ongoing support1 thing missing");

        test($(Select.class).id("decision-hipo")).selectItem("Ana Finance");
        test($(TextField.class).id("decision-reason")).setValue("Already in the finance academy");
        test($(Button.class).id("record-decision")).click();

        assertThat(textsOfView()).contains("5. Ongoing support✓ Complete")
                .doesNotContain("5. Ongoing support1 thing missing");
    }

    private String textsOfView() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
