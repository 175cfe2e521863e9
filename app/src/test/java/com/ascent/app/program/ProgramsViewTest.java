package com.ascent.app.program;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.program.ui.ProgramsView;
import com.ascent.app.security.Role;
import com.ascent.app.security.UserPreferences;
import com.ascent.app.security.UserPreferencesService;
import com.ascent.app.support.BrowserlessViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProgramsViewTest extends BrowserlessViewTest {

    @Autowired
    UserPreferencesService preferences;
    @Autowired
    ProgramService programs;

    @Test
    void anEmptyOrganizationIsInvitedToCreateItsFirstProgram() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        navigate(ProgramsView.class);
        assertThat(findInView(Paragraph.class).first().getText()).startsWith("No programs yet.");
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

    /**
     * Issue 16: the New program dialog had no dates, so a 9-month program started as a 12-month one.
     * The end follows the start and a length in months, or is chosen itself; more than 36 months is
     * refused at the end date.
     */
    @Test
    void theProgramsPeriodIsChosenByItsLengthInMonthsOrItsEndDate() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        navigate(ProgramsView.class);

        test($(Button.class).withText("New program").single()).click();
        DatePicker end = $(DatePicker.class).withCaption("End date").single();
        IntegerField months = $(IntegerField.class).withCaption("Length in months").single();
        test($(TextField.class).withCaption("Name").single()).setValue("Nine months 2027");
        test($(DatePicker.class).withCaption("Start date").single()).setValue(LocalDate.of(2027, 3, 1));
        assertThat(months.getValue()).isEqualTo(12);
        assertThat(end.getValue()).isEqualTo(LocalDate.of(2028, 2, 29));
        test(months).setValue(9);
        assertThat(end.getValue()).isEqualTo(LocalDate.of(2027, 11, 30));
        test(end).setValue(LocalDate.of(2027, 11, 15));
        assertThat(months.getValue()).as("not a whole number of months").isNull();
        test(end).setValue(LocalDate.of(2030, 3, 2));
        test($(TextField.class).withCaption("Owner (HR)").single()).setValue("Jan Kowalski");
        test($(Button.class).withText("Create and start designing").single()).click();
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("A program lasts at most 36 months.");

        test(end).setValue(LocalDate.of(2027, 11, 30));
        assertThat(months.getValue()).isEqualTo(9);
        test($(Button.class).withText("Create and start designing").single()).click();
        assertThat(programs.list()).singleElement().satisfies(p -> {
            assertThat(p.endDate()).isEqualTo(LocalDate.of(2027, 11, 30));
            assertThat(p.info().within(LocalDate.of(2028, 3, 1))).isEqualTo(LocalDate.of(2027, 11, 30));
        });
    }

    /**
     * Issue 13: the start date took only M/D/YYYY whatever the browser's language, refusing
     * "04.01.2027" and "2027-01-04" with "Choose when the program starts." and no hint of the format.
     * The picker now reads the user's own form with a four-digit year and ISO, says which form it
     * wants, and the list shows dates the user's way.
     */
    @Test
    void theStartDateIsTypedAndShownInTheUsersFormatAndIsoIsAlwaysUnderstood() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        navigate(ProgramsView.class);
        test($(Button.class).withText("New program").single()).click();
        DatePicker english = $(DatePicker.class).withCaption("Start date").single();
        assertThat(english.getI18n().getDateFormats()).containsExactly("M/d/yyyy", "yyyy-MM-dd");
        assertThat(english.getI18n().getBadInputErrorMessage()).isEqualTo("Enter a date like 12/31/2027.");

        test($(Button.class).withText("Cancel").single()).click();

        preferences.save(new UserPreferences(null, Locale.GERMANY));
        navigate(ProgramsView.class);
        test($(Button.class).withText("New program").single()).click();
        DatePicker german = $(DatePicker.class).withCaption("Start date").single();
        assertThat(german.getI18n().getDateFormats()).containsExactly("dd.MM.yyyy", "yyyy-MM-dd");
        assertThat(german.getI18n().getBadInputErrorMessage()).isEqualTo("Enter a date like 31.12.2027.");
        assertThat(german.getI18n().getMonthNames()).startsWith("Januar", "Februar");
        test($(TextField.class).withCaption("Name").single()).setValue("Change leaders 2027");
        test(german).setValue(LocalDate.of(2027, 1, 4));
        test($(TextField.class).withCaption("Owner (HR)").single()).setValue("Jan Kowalski");
        test($(Button.class).withText("Create and start designing").single()).click();

        navigate(ProgramsView.class);
        assertThat(test($(Grid.class).single()).getCellText(0, 1)).isEqualTo("04.01.2027");
    }

    /** Issue 13 in Polish: "04.01.2027" is the Polish form, the picker speaks Polish, the list shows Polish dates. */
    @Test
    void aPolishUserTypesAndReadsTheStartDateThePolishWay() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        Locale polish = Locale.forLanguageTag("pl-PL");
        preferences.save(new UserPreferences(null, polish));
        UI.getCurrent().setLocale(polish);
        navigate(ProgramsView.class);
        test($(Button.class).withText("Nowy program").single()).click();
        DatePicker startDate = $(DatePicker.class).withCaption("Data rozpoczęcia").single();
        assertThat(startDate.getI18n().getDateFormats()).containsExactly("d.MM.yyyy", "yyyy-MM-dd");
        assertThat(startDate.getI18n().getBadInputErrorMessage()).isEqualTo("Wpisz datę, np. 31.12.2027.");
        assertThat(startDate.getI18n().getMonthNames()).startsWith("styczeń", "luty");
        test($(TextField.class).withCaption("Nazwa").single()).setValue("Liderzy zmiany 2027");
        test(startDate).setValue(LocalDate.of(2027, 1, 4));
        test($(TextField.class).withCaption("Właściciel (HR)").single()).setValue("Jan Kowalski");
        test($(Button.class).withText("Utwórz i zacznij projektować").single()).click();

        navigate(ProgramsView.class);
        assertThat(test($(Grid.class).single()).getCellText(0, 1)).isEqualTo("4 sty 2027");
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
        assertThat(findInView(Paragraph.class).first().getText()).isEqualTo("No programs yet. Your HR team has not created any.");
    }
}
