package com.ascent.app.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.BrowserlessViewTest;
import com.ascent.app.wizard.ui.WizardView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The wizard shell around the real plugins, as an HR user sees it. */
class WizardViewTest extends BrowserlessViewTest {

    @Autowired
    ProgramService programs;

    @Test
    void theFirstStepShowsItsGuidanceAndTheStepperWhatIsMissing() {
        Program program = newProgram(accounts.newOrganization(Role.HR));

        navigate("programs/" + program.id() + "/steps/objectives", WizardView.class);

        assertThat($(H2.class).all()).extracting(H2::getText).contains("Objectives");
        assertThat($(Span.class).all()).extracting(Span::getText)
                .contains("1 thing missing", "Why it matters", "All changes saved");
        assertThat($(Button.class).id("add-objective").isVisible()).isTrue();
    }

    @Test
    void theProgramIsThePagesOneH1AndEveryStepALinkInTheStepperThatTheKeyboardReaches() {
        Program program = newProgram(accounts.newOrganization(Role.HR));

        navigate("programs/" + program.id() + "/steps/selection", WizardView.class);

        assertThat($(H1.class).all()).extracting(H1::getText).containsExactly(program.name());
        List<RouterLink> steps = $(RouterLink.class).withClassName("ascent-stepper-item").all();
        assertThat(steps).extracting(RouterLink::getHref).containsExactly(Stream.of("objectives", "selection",
                "framework", "development-plans", "support", "measurement", "review")
                .map(step -> "programs/" + program.id() + "/steps/" + step).toArray(String[]::new));
        assertThat(steps).extracting(link -> link.getElement().getAttribute("aria-current"))
                .containsExactly(null, "step", null, null, null, null, null);
    }

    @Test
    void nextAndBackMoveOneStepAtATimeHoweverOftenTheyAreUsed() {
        Program program = newProgram(accounts.newOrganization(Role.HR));
        navigate("programs/" + program.id() + "/steps/objectives", WizardView.class);

        for (String step : java.util.List.of("Coaches & mentors", "Program framework", "Development plans")) {
            test($(Button.class).id("wizard-next")).click();
            assertThat($(H2.class).all()).extracting(H2::getText).contains(step);
        }
        test($(Button.class).id("wizard-back")).click();
        assertThat($(H2.class).all()).extracting(H2::getText).contains("Program framework");
    }

    @Test
    void theReviewPageListsWhatIsMissingAndDoesNotLaunchAnIncompleteProgram() {
        Program program = newProgram(accounts.newOrganization(Role.HR));

        navigate("programs/" + program.id() + "/steps/review", WizardView.class);

        assertThat($(Button.class).id("launch").isEnabled()).isFalse();
        assertThat(textsOfView()).contains("Add at least one objective, or start from a template.");
    }

    @Test
    void anotherOrganizationsProgramIsNotFoundEvenWithItsId() {
        Program ofA = newProgram(accounts.newOrganization(Role.HR));
        accounts.signIn(accounts.newOrganization(Role.HR));

        navigate("programs/" + ofA.id() + "/steps/objectives", WizardView.class);

        assertThat($(H1.class).first().getText()).isEqualTo("Program not found");
        assertThat(textsOfView()).doesNotContain(ofA.name());
    }

    @Test
    void anUnknownProgramIdIsNotFound() {
        accounts.signIn(accounts.newOrganization(Role.VIEWER));
        navigate("programs/" + UUID.randomUUID() + "/steps/review", WizardView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Program not found");
    }

    @Test
    void viewersSeeTheStepWithoutEditing() {
        Account hr = accounts.newOrganization(Role.HR);
        Program program = newProgram(hr);
        accounts.signIn(accounts.newColleague(hr, Role.VIEWER));

        navigate("programs/" + program.id() + "/steps/objectives", WizardView.class);

        assertThat($(Button.class).all()).as("visible buttons").noneMatch(b -> b.getId().equals(Optional.of("add-objective")));
        assertThat($(H2.class).all()).extracting(H2::getText).contains("Objectives");
    }

    private Program newProgram(Account hr) {
        accounts.signIn(hr);
        return programs.create(new ProgramDraft("Future leaders " + UUID.randomUUID(), "", LocalDate.of(2027, 1, 11),
                "Maria Nowak"));
    }

    private String textsOfView() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
