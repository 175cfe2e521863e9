package com.ascent.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.calendar.ProgramCalendarService;
import com.ascent.app.people.ui.PeopleImportView;
import com.ascent.app.people.ui.PeopleView;
import com.ascent.app.plans.PlanFixture;
import com.ascent.app.plugin.ui.PluginsView;
import com.ascent.app.program.ProgramService;
import com.ascent.app.program.ui.ProgramsView;
import com.ascent.app.security.InvitationService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.security.ui.ChangePasswordView;
import com.ascent.app.security.ui.InvitationView;
import com.ascent.app.security.ui.LoginView;
import com.ascent.app.security.ui.UsersView;
import com.ascent.app.support.BrowserlessViewTest;
import com.ascent.app.wizard.ui.WizardView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every screen of the host and every wizard step, shown in the pseudo-locale: each text a user
 * sees must come from a bundle (it then reads ⟦…⟧). What is left without the marker is a
 * hard-coded string that a Polish user would see in English. Data the test entered (names,
 * titles, e-mails), numbers and dates are allowed.
 */
class PseudoLocaleTest extends BrowserlessViewTest {

    private static final List<String> PROPERTIES = List.of("label", "placeholder", "helperText", "headerTitle",
            "title", "text", "header", "message", "confirmText", "cancelText", "rejectText", "errorMessage",
            "accessibleName");
    private static final List<String> ATTRIBUTES = List.of("title", "aria-label", "placeholder", "label");
    private static final Pattern DATES = Pattern.compile(
            "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \\d{1,2}, \\d{4}\\b"
                    + "|\\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\b|\\b\\d{1,2}:\\d{2}( ?[AP]M)?"
                    // time zone ids (Europe/Warsaw) name places, they are not sentences
                    + "|\\b[A-Z][A-Za-z]+/[A-Za-z_/+-]+|\\b(UTC|GMT)\\b");

    @Autowired
    PlanFixture fixture;

    @Autowired
    ProgramCalendarService calendar;

    @Autowired
    ProgramService programs;

    @Autowired
    InvitationService invitations;

    private final Set<String> data = new LinkedHashSet<>();
    private final Set<String> found = new LinkedHashSet<>();

    @BeforeEach
    void speakThePseudoLocale() {
        VaadinSession.getCurrent().setLocale(TextPatterns.PSEUDO);
        UI.getCurrent().setLocale(TextPatterns.PSEUDO);
    }

    @Test
    void theHostScreensShowOnlyTranslatedTexts() {
        PlanFixture.Program program = programWithData();
        Account admin = accounts.newColleague(program.hr(), Role.ADMIN);
        accounts.signIn(admin);
        data.add(admin.email());

        screen(ProgramsView.class);
        openDialog("programs.create");
        confirmInFirstRow("programs.archive");
        screen(PeopleView.class);
        openDialog("people.add");
        screen(PeopleImportView.class);
        String invitee = "invitee@example.com";
        data.addAll(List.of(invitee, "Test admin"));
        String token = invitations.invite(invitee, Role.HR).token();
        screen(UsersView.class);
        openDialog("users.invite");
        screen(PluginsView.class);
        screen(ChangePasswordView.class);
        accounts.signOut();
        screen(LoginView.class);
        navigate("invitation/" + token, InvitationView.class);
        check();
        navigate("invitation/unknown", InvitationView.class);
        check();

        assertThat(found).as("texts shown without a translation").isEmpty();
    }

    @Test
    void everyWizardStepShowsOnlyTranslatedTexts() {
        PlanFixture.Program program = programWithData();

        navigate("programs/" + program.id() + "/steps/objectives", WizardView.class);
        List<String> steps = new ArrayList<>();
        List<String> broken = List.of(UI.getCurrent().getTranslation("wizard.failed.title"),
                UI.getCurrent().getTranslation("wizard.unavailable.title"));
        while (true) {
            steps.add($(H3.class).first().getText());
            assertThat(getCurrentView().getElement().getTextRecursively()).as("step " + steps.getLast())
                    .doesNotContain(broken);
            check();
            Button next = $(Button.class).all().stream().filter(b -> b.getId().orElse("").equals("wizard-next"))
                    .filter(Component::isVisible).filter(Button::isEnabled).findFirst().orElse(null);
            if (next == null) {
                break;
            }
            test(next).click();
        }

        assertThat(steps).as("steps walked, up to the review").hasSizeGreaterThanOrEqualTo(7);
        assertThat(found).as("texts shown without a translation").isEmpty();
    }

    @Test
    void theWalkFindsHardCodedTexts() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        navigate(ProgramsView.class);
        Grid<String> grid = new Grid<>();
        grid.addColumn(s -> s).setHeader("Name");
        grid.setItems("Status: open");
        UI.getCurrent().add(new Span("Hard-coded"), new Button("Save"), grid);
        Select<String> select = new Select<>();
        select.setItems("DRAFT");
        select.setLabel(UI.getCurrent().getTranslation("programs.state"));
        UI.getCurrent().add(select);

        check();

        assertThat(found).anyMatch(f -> f.contains("\"Hard-coded\"")).anyMatch(f -> f.contains("\"Save\""))
                .anyMatch(f -> f.contains("\"Name\"")).anyMatch(f -> f.contains("\"Status: open\""))
                .anyMatch(f -> f.contains("\"DRAFT\""))
                .noneMatch(f -> f.contains("Programs")).noneMatch(f -> f.contains("State"));
    }

    /** The plan fixture's program with its calendar, in the pseudo-locale as a user would have generated it. */
    private PlanFixture.Program programWithData() {
        PlanFixture.Program program = fixture.create();
        fixture.framework(program, PlanFixture.START, PlanFixture.START.plusMonths(12).minusDays(1));
        calendar.generate(program.id(), TextPatterns.PSEUDO);
        data.addAll(List.of(program.hr().organizationName(), program.hr().email(), "Maria Nowak", "Helena Head",
                "Hanna Hipo", "Piotr Pawlak", "Marek Mentor", "Leading large-scale change",
                "Leads people through changes that reach across the organization", "Lead change across functions",
                "Think strategically", "English", "HR", "Finance", "Warsaw"));
        data.add(programs.find(program.id()).orElseThrow().name());
        return program;
    }

    private void screen(Class<? extends Component> view) {
        navigate(view);
        check();
    }

    private void openDialog(String buttonKey) {
        String text = UI.getCurrent().getTranslation(buttonKey);
        Button button = $(Button.class).all().stream().filter(b -> b.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
        test(button).click();
        check();
        $(Dialog.class).all().forEach(Dialog::close);
    }

    /** Opens the confirmation behind a button of the first grid row, reads it, and cancels it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void confirmInFirstRow(String buttonKey) {
        String text = UI.getCurrent().getTranslation(buttonKey);
        Grid<?> grid = $(Grid.class).first();
        GridTester tester = test((Grid) grid);
        Button button = null;
        for (int c = 0; c < grid.getColumns().size() && button == null; c++) {
            try {
                button = tester.getCellComponent(0, c).getElement().getChildren()
                        .map(e -> e.getComponent().orElse(null)).filter(Button.class::isInstance).map(Button.class::cast)
                        .filter(b -> b.getText().equals(text)).findFirst().orElse(null);
                Component cell = tester.getCellComponent(0, c);
                if (button == null && cell instanceof Button b && b.getText().equals(text)) {
                    button = b;
                }
            } catch (RuntimeException notAComponentColumn) {
                // no buttons in a text column
            }
        }
        assertThat(button).as("button " + text + " in the first row").isNotNull();
        test(button).click();
        check();
        $(ConfirmDialog.class).all().forEach(ConfirmDialog::close);
    }

    /** Walks the whole UI, every tab of every tab sheet included. */
    private void check() {
        UI ui = UI.getCurrent();
        text("page title", ui.getInternals().getTitle());
        walk(ui.getElement());
        for (TabSheet sheet : $(TabSheet.class).all()) {
            for (int tab = 0; tab < sheet.getTabCount(); tab++) {
                sheet.setSelectedIndex(tab);
                walk(sheet.getElement());
            }
            sheet.setSelectedIndex(0);
        }
    }

    private void walk(Element element) {
        if (element.isTextNode()) {
            text("text", element.getText());
            return;
        }
        String where = element.getComponent().map(PseudoLocaleTest::describe).orElse(element.getTag());
        text(where, element.getText());
        for (String property : PROPERTIES) {
            text(where + "." + property, element.getProperty(property));
        }
        for (String attribute : ATTRIBUTES) {
            text(where + "[" + attribute + "]", element.getAttribute(attribute));
        }
        if (element.hasProperty("innerHTML")) {
            text(where + ".innerHTML", element.getProperty("innerHTML", "").replaceAll("<[^>]*>", " "));
        }
        element.getComponent().ifPresent(this::specialCases);
        element.getChildren().toList().forEach(this::walk);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void specialCases(Component component) {
        String where = describe(component);
        switch (component) {
            case Grid<?> grid -> {
                GridTester tester = test((Grid) grid);
                List<? extends Grid.Column<?>> columns = grid.getColumns();
                for (int c = 0; c < columns.size(); c++) {
                    Grid.Column<?> column = columns.get(c);
                    text(where + " header", column.getHeaderText());
                    if (column.getHeaderComponent() != null) {
                        walk(column.getHeaderComponent().getElement());
                    }
                    for (int row = 0; row < Math.min(3, tester.size()); row++) {
                        cell(tester, row, c, where + " cell " + row + "," + c);
                    }
                }
            }
            case ConfirmDialog dialog when dialog.getElement().getProperty("cancelButtonVisible", false)
                    && dialog.getElement().getProperty("cancelText") == null ->
                    found.add(where + ": its Cancel button shows the English default");
            case Upload upload when upload.getI18n() == null ->
                    found.add(where + ": shows the English defaults of the upload (\"Upload Files...\")");
            case Select select -> items(where, select.getGenericDataView().getItems(), select.getItemLabelGenerator());
            case ComboBox combo -> {
                try {
                    items(where, combo.getGenericDataView().getItems(), combo.getItemLabelGenerator());
                } catch (IllegalStateException lazyItems) {
                    // items fetched by search are data from the database
                }
            }
            case MultiSelectComboBox combo -> {
                try {
                    items(where, combo.getGenericDataView().getItems(), combo.getItemLabelGenerator());
                } catch (IllegalStateException lazyItems) {
                    // items fetched by search are data from the database
                }
            }
            case RadioButtonGroup group -> items(where, group.getGenericDataView().getItems(),
                    group.getItemLabelGenerator());
            case CheckboxGroup group -> items(where, group.getGenericDataView().getItems(),
                    group.getItemLabelGenerator());
            default -> {
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void items(String where, Stream<?> items, Function labels) {
        Function label = labels == null ? String::valueOf : labels;
        items.limit(40).forEach(item -> text(where + " item", String.valueOf(label.apply(item))));
    }

    @SuppressWarnings("rawtypes")
    private void cell(GridTester tester, int row, int column, String where) {
        try {
            Component component = tester.getCellComponent(row, column);
            if (component != null) {
                walk(component.getElement());
                return;
            }
        } catch (RuntimeException notAComponentColumn) {
            // a text column: read its text below
        }
        try {
            text(where, tester.getCellText(row, column));
        } catch (RuntimeException notATextColumn) {
            // a Lit renderer: its texts are the renderer's properties, data of the row
        }
    }

    private void text(String where, String text) {
        if (text == null || text.isBlank() || text.contains("⟦")) {
            return;
        }
        String rest = text;
        for (String value : data) {
            rest = rest.replace(value, " ");
        }
        rest = DATES.matcher(rest).replaceAll(" ");
        if (rest.codePoints().anyMatch(Character::isLetter)) {
            found.add(where + ": \"" + text.strip() + "\"");
        }
    }

    private static String describe(Component component) {
        return component.getClass().getSimpleName() + component.getId().map(id -> "#" + id).orElse("");
    }

}
