package com.ascent.app.program;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.program.ui.ProgramsView;
import com.ascent.app.security.Role;
import com.ascent.app.support.BrowserlessViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProgramsViewTest extends BrowserlessViewTest {

    @Test
    void anEmptyOrganizationIsInvitedToCreateItsFirstProgram() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        navigate(ProgramsView.class);
        assertThat($(Paragraph.class).first().getText()).startsWith("No programs yet.");
    }

    @Test
    void creatingAProgramListsItAndOpensTheWizard() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        navigate(ProgramsView.class);

        test($(Button.class).withText("New program").single()).click();
        test($(TextField.class).withCaption("Name").single()).setValue("Change leaders 2027");
        test($(DatePicker.class).withCaption("Start date").single()).setValue(LocalDate.of(2027, 3, 1));
        test($(TextField.class).withCaption("Owner (HR)").single()).setValue("Jan Kowalski");
        test($(Button.class).withText("Create and start designing").single()).click();

        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Change leaders 2027", "Objectives");
    }

    @Test
    void aProgramWithoutNameIsRefusedAtTheField() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        navigate(ProgramsView.class);

        test($(Button.class).withText("New program").single()).click();
        test($(TextField.class).withCaption("Owner (HR)").single()).setValue("Jan Kowalski");
        test($(DatePicker.class).withCaption("Start date").single()).setValue(LocalDate.of(2027, 3, 1));
        test($(Button.class).withText("Create and start designing").single()).click();

        TextField name = $(TextField.class).withCaption("Name").single();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter a name for the program.");
    }

    @Test
    void viewersCannotCreatePrograms() {
        accounts.signIn(accounts.newOrganization(Role.VIEWER));
        navigate(ProgramsView.class);
        assertThat($(Button.class).all()).as("visible buttons").extracting(Button::getText).doesNotContain("New program");
        assertThat($(Paragraph.class).first().getText()).isEqualTo("No programs yet. Your HR team has not created any.");
    }
}
