package com.ascent.app.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.audit.AuditEntry;
import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.program.ui.ProgramsView;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.BrowserlessViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditTrailViewTest extends BrowserlessViewTest {

    @Autowired
    ProgramService programs;

    @Test
    void hrReadsWhoChangedWhatAndNarrowsItToAKindOfRecordAndAProgram() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        Program leaders = programs.create(draft("Future leaders"));
        programs.update(leaders.id(), leaders.version(), draft("Future leaders 2027"));
        programs.create(draft("Sales academy"));
        navigate(AuditTrailView.class);

        GridTester<Grid<AuditEntry>, AuditEntry> grid = test($(Grid.class).id("audit-trail"));
        int changed = IntStream.range(0, grid.size()).filter(i -> grid.getCellText(i, 2).equals("Changed"))
                .findFirst().orElseThrow();
        assertThat(IntStream.rangeClosed(1, 5).mapToObj(column -> grid.getCellText(changed, column)).toList())
                .containsExactly("Test hr", "Changed", "Program", "Name", "Future leaders 2027");
        assertThat($(Anchor.class).all()).anyMatch(link -> link.getText().contains("Download CSV"));

        test(combo("Kind of record")).selectItem("People");
        assertThat(grid.size()).isZero();
        test(combo("Kind of record")).selectItem("Programs");
        assertThat(grid.size()).isEqualTo(3);
        test(combo("Program")).selectItem("Future leaders 2027");
        assertThat(grid.size()).isEqualTo(2);
        assertThat($(Span.class).all()).extracting(Span::getText).contains("2 changes");
        test(combo("Person")).selectItem("Test hr");
        assertThat(grid.size()).isEqualTo(2);
    }

    @Test
    void hrAndAdministratorsFindTheTrailInTheMenuViewersDoNotAndCannotOpenIt() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        navigate(ProgramsView.class);
        assertThat(menu()).contains("Audit trail", "Sign-in log");

        Account viewer = accounts.newColleague(admin, Role.VIEWER);
        accounts.signIn(viewer);
        reloadPage();
        navigate(ProgramsView.class);
        assertThat(menu()).doesNotContain("Audit trail");
        UI.getCurrent().navigate(AuditTrailView.class);
        assertThat(getCurrentView()).isNotInstanceOf(AuditTrailView.class);
        assertThat($(Grid.class).withId("audit-trail").exists()).isFalse();
    }

    @Test
    void theTrailSpeaksPolish() {
        VaadinSession.getCurrent().setLocale(Locale.forLanguageTag("pl-PL"));
        UI.getCurrent().setLocale(Locale.forLanguageTag("pl-PL"));
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        Program leaders = programs.create(draft("Przyszli liderzy"));
        programs.update(leaders.id(), leaders.version(), new ProgramDraft("Przyszli liderzy", "Opis",
                LocalDate.of(2027, 1, 11), "Maria Nowak"));
        navigate(AuditTrailView.class);

        GridTester<Grid<AuditEntry>, AuditEntry> grid = test($(Grid.class).id("audit-trail"));
        assertThat(IntStream.rangeClosed(2, 5).mapToObj(column -> grid.getCellText(0, column)).toList())
                .containsExactly("Zmieniono", "Program", "Opis", "Przyszli liderzy");
        assertThat(combo("Rodzaj wpisu")).isNotNull();
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Dziennik zmian");
    }

    private ComboBox<?> combo(String label) {
        return $(ComboBox.class).withCaption(label).single();
    }

    private List<String> menu() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    /** What the browser does after signing in as someone else: a new page, a new UI. */
    private void reloadPage() {
        cleanVaadinEnvironment();
        initVaadinEnvironment();
    }

    private static ProgramDraft draft(String name) {
        return new ProgramDraft(name, "", LocalDate.of(2027, 1, 11), "Maria Nowak");
    }
}
