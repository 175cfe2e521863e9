package com.ascent.app.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.people.PeopleDirectory;
import com.ascent.app.people.PersonDraft;
import com.ascent.app.people.PersonEntry;
import com.ascent.app.people.SamplePeopleService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.BrowserlessViewTest;
import com.ascent.plugin.api.people.PeopleQuery;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PeopleViewTest extends BrowserlessViewTest {

    @Autowired
    PeopleDirectory directory;

    @Test
    void searchingNarrowsTheList() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        person("E1", "Maria Nowak", "Finance");
        person("E2", "Ana Silva", "Finance");
        person("E3", "Kenji Watanabe", "Marketing");
        navigate(PeopleView.class);
        GridTester<Grid<PersonEntry>, PersonEntry> grid = test(grid());
        assertThat(grid.size()).isEqualTo(3);
        assertThat(findInView(Span.class).withText("3 people").exists()).isTrue();

        test(findInView(TextField.class).withLabel("Search").single()).setValue("silva");

        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).person().fullName()).isEqualTo("Ana Silva");
        assertThat(grid.getCellText(0, 0)).isEqualTo("E2");

        test(findInView(TextField.class).withLabel("Search").single()).setValue("");
        @SuppressWarnings("unchecked")
        ComboBox<String> function = findInView(ComboBox.class).withLabel("Function").single();
        test(function).selectItem("Marketing");
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).person().fullName()).isEqualTo("Kenji Watanabe");
    }

    @Test
    void theAddDialogShowsErrorsAtTheirFieldsAndThenAddsThePerson() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        person("E1", "Maria Nowak", "Finance");
        navigate(PeopleView.class);

        test(findInView(Button.class).withText("Add person").first()).click();
        Dialog dialog = find(Dialog.class).single();
        type(dialog, "Employee ID", "E2");
        type(dialog, "Name", "Ana Silva");
        type(dialog, "E-mail", "ana@");
        type(dialog, "Title", "Financial Analyst");
        test(find(IntegerField.class, dialog).withLabel("Level").single()).setValue(7);
        chooseOrType(dialog, "Function", "Finance");
        chooseOrType(dialog, "Location", "Lisbon");
        test(find(Button.class, dialog).withText("Save").single()).click();

        TextField email = find(TextField.class, dialog).withLabel("E-mail").single();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Enter a valid e-mail address, e.g. ana.silva@example.com.");
        assertThat(directory.count(PeopleQuery.all())).as("nothing saved").isEqualTo(1);

        type(dialog, "E-mail", "ana.silva@example.com");
        test(find(Button.class, dialog).withText("Save").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        GridTester<Grid<PersonEntry>, PersonEntry> grid = test(grid());
        assertThat(grid.size()).isEqualTo(2);
        assertThat(List.of(grid.getRow(0), grid.getRow(1))).extracting(e -> e.person().fullName())
                .containsExactly("Ana Silva", "Maria Nowak");
    }

    @Test
    void aStaleEditIsRefusedWithAClearMessage() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        PersonEntry maria = person("E1", "Maria Nowak", "Finance");
        navigate(PeopleView.class);
        test(grid()).doubleClickRow(0);
        Dialog dialog = find(Dialog.class).single();
        directory.update(maria.person().id(), maria.version(), PersonDraft.of(maria));

        type(dialog, "Title", "Chief Financial Officer");
        test(find(Button.class, dialog).withText("Save").single()).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(find(Paragraph.class, dialog).withTextContaining("Someone else changed this person").exists()).isTrue();
        assertThat(directory.get(maria.person().id()).orElseThrow().title()).isEqualTo("Specialist");
    }

    @Test
    void anEmptyDirectoryOffersTheSampleOrganizationWhichCanBeRemovedAgain() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        navigate(PeopleView.class);
        assertThat(findInView(Grid.class).exists()).as("no list while there is no one").isFalse();
        assertThat(findInView(Paragraph.class).withTextContaining("Each of them is marked “Sample”").exists()).isTrue();

        test(findInView(Button.class).withText("Load the sample organization").single()).click();

        GridTester<Grid<PersonEntry>, PersonEntry> grid = test(grid());
        assertThat(grid.size()).isEqualTo(SamplePeopleService.SIZE);
        assertThat(grid.getCellComponent(0, 1).getChildren().filter(Badge.class::isInstance).map(b -> ((Badge) b).getText()))
                .as("sample people carry a badge").containsExactly("Sample");
        assertThat(findInView(Paragraph.class).withTextContaining("This directory holds 300 sample people").single()
                .isVisible()).isTrue();

        test(findInView(Button.class).withText("Remove sample people").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(directory.count(PeopleQuery.all())).isZero();
        assertThat(findInView(Grid.class).exists()).isFalse();
        assertThat(findInView(Button.class).withText("Load the sample organization").single().isVisible()).isTrue();
    }

    @Test
    void viewersReadTheDirectoryWithoutEditing() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        person("E1", "Maria Nowak", "Finance");
        accounts.signIn(accounts.newColleague(hr, Role.VIEWER));
        navigate(PeopleView.class);

        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(findInView(Button.class).withText("Add person").all()).noneMatch(Button::isVisible);
        assertThat(findInView(Button.class).withText("Import from CSV").all()).noneMatch(Button::isVisible);
        test(grid()).doubleClickRow(0);
        assertThat(find(Dialog.class).exists()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private Grid<PersonEntry> grid() {
        return findInView(Grid.class).single();
    }

    private void type(Dialog dialog, String label, String value) {
        test(find(TextField.class, dialog).withLabel(label).single()).setValue(value);
    }

    /** Types a value into a combo box that also accepts new values, as a user would. */
    @SuppressWarnings("unchecked")
    private void chooseOrType(Dialog dialog, String label, String value) {
        ComboBox<String> box = find(ComboBox.class, dialog).withLabel(label).single();
        ComponentUtil.fireEvent(box, new ComboBox.CustomValueSetEvent<>(box, true, value));
        assertThat(box.getValue()).isEqualTo(value);
    }

    private PersonEntry person(String employeeId, String name, String function) {
        return directory.create(new PersonDraft(employeeId, name, name.toLowerCase().replace(' ', '.') + "@example.com",
                function, "Specialist", 7, null, "Berlin", null, null, null, List.of()));
    }
}
