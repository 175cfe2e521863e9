package com.ascent.app.participation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.participation.ParticipantFixture;
import com.ascent.app.participation.ParticipantFixture.Cohort;
import com.ascent.app.people.ui.PeopleView;
import com.ascent.app.program.ProgramService;
import com.ascent.app.program.ui.ProgramsView;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.BrowserlessViewTest;
import com.ascent.app.wizard.ui.WizardView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a participant sees and does on My program, and that the staff pages are not theirs. */
class MyProgramViewTest extends BrowserlessViewTest {

    @Autowired
    ParticipantFixture fixture;

    @Test
    void aParticipantLandsOnMyProgramAndTheStaffPagesRefuseThem() {
        Cohort cohort = fixture.create();
        Account hanna = fixture.join(cohort, cohort.hanna());
        accounts.signIn(hanna);
        reloadPage();

        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(MyProgramView.class);
        assertThat(menu()).containsExactly("My program");

        for (Class<? extends Component> staff : List.of(ProgramsView.class, PeopleView.class)) {
            UI.getCurrent().navigate(staff);
            assertThat(getCurrentView()).as(staff.getSimpleName()).isNotInstanceOf(staff);
        }
        UI.getCurrent().navigate(WizardView.class, new RouteParameters(
                Map.of("programId", cohort.programId().toString(), "stepId", "review")));
        assertThat(getCurrentView()).isNotInstanceOf(WizardView.class);
        // An id edited in the address: not found, whether the program exists or not.
        UI.getCurrent().navigate("my-program", QueryParameters.of("program", UUID.randomUUID().toString()));
        assertThat(getCurrentView()).isNotInstanceOf(MyProgramView.class);
        UI.getCurrent().navigate("my-program", QueryParameters.of("program", cohort.programId().toString()));
        assertThat(getCurrentView()).isInstanceOf(MyProgramView.class);
    }

    @Test
    void theHipoLogsASessionWithAnActionItemAndSeesItInTheirList() {
        Cohort cohort = fixture.create();
        Account hanna = fixture.join(cohort, cohort.hanna());
        accounts.signIn(hanna);
        reloadPage();
        navigate(MyProgramView.class);

        assertThat($(Paragraph.class).withId("my-action-items-none").exists()).isTrue();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("My pairs", "Marek Mentor",
                "Mentoring session 1", "My development plan", "Lead the HR shared-service move");
        test($(Button.class).withText("Log this session").first()).click();
        Dialog dialog = $(Dialog.class).single();
        test($(RadioButtonGroup.class, dialog).single()).selectItem("Held");
        test($(TextArea.class, dialog).withCaption("Notes").single()).setValue("Agreed the first steps");
        test($(Button.class, dialog).withText("Add an action item").single()).click();
        test($(TextField.class, dialog).withCaption("Action item").single()).setValue("Draft the move plan");
        test($(TextField.class, dialog).withCaption("Owner").single()).setValue("Hanna");
        test($(Button.class, dialog).withText("Save").single()).click();

        assertThat($(Dialog.class).exists()).isFalse();
        Grid<?> items = $(Grid.class).withId("my-action-items").single();
        assertThat(test(items).size()).isEqualTo(1);
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Mentoring session 1 ·");
    }

    @Test
    void theManagerSignsThePlanOffAndSeesWhoSignedInPolish() {
        Cohort cohort = fixture.create();
        Account helena = fixture.join(cohort, cohort.helena());
        VaadinSession.getCurrent().setLocale(Locale.forLanguageTag("pl-PL"));
        UI.getCurrent().setLocale(Locale.forLanguageTag("pl-PL"));
        accounts.signIn(helena);
        reloadPage();
        UI.getCurrent().setLocale(Locale.forLanguageTag("pl-PL"));
        navigate(MyProgramView.class);

        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Plany mojego zespołu",
                "Hanna Hipo").doesNotContain("Piotr Pawlak");
        test($(Button.class).withText("Zatwierdź plan").single()).click();

        assertThat($(Span.class).withClassName("plan-sign-off").single().getText())
                .startsWith("Zatwierdzony przez przełożonego Helena Head");
        assertThat($(Button.class).withText("Zatwierdź plan").exists()).isFalse();
    }

    @Test
    void aParticipantOfNoRunningProgramIsToldWhatToExpect() {
        Cohort cohort = fixture.create();
        Account hanna = fixture.join(cohort, cohort.hanna());
        accounts.signIn(cohort.hr());
        programs.archive(programs.find(cohort.programId()).orElseThrow());
        accounts.signIn(hanna);
        reloadPage();
        navigate(MyProgramView.class);

        assertThat($(Paragraph.class).withId("my-program-empty").single().getText())
                .startsWith("You take part in no running program yet.");
        assertThat($(Button.class).withText("Log this session").exists()).isFalse();
    }

    @Autowired
    ProgramService programs;

    /** What the browser does after a sign-in: a new page, a new UI. */
    private void reloadPage() {
        cleanVaadinEnvironment();
        initVaadinEnvironment();
    }

    private List<String> menu() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
