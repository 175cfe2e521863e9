package com.ascent.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.people.ui.PeopleView;
import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.BrowserlessViewTest;
import com.ascent.app.support.TestPeople;
import com.ascent.app.support.TestPeople.Spec;
import com.ascent.app.wizard.ui.WizardView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A browser asking for Polish: the host's and the plugins' screens in Polish, counts in Polish plural forms. */
class PolishScreensTest extends BrowserlessViewTest {

    @Autowired
    TestPeople people;

    @Autowired
    ProgramService programs;

    @BeforeEach
    void speakPolish() {
        VaadinSession.getCurrent().setLocale(Locale.forLanguageTag("pl-PL"));
        UI.getCurrent().setLocale(Locale.forLanguageTag("pl-PL"));
    }

    @Test
    void thePeopleListCountsInPolish() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        people.addAll(hr.organizationId(), List.of(Spec.of("Anna Nowak", "Finanse", 5),
                Spec.of("Jan Kowalski", "Sprzedaż", 6), Spec.of("Ewa Wiśniewska", "HR", 7)));
        navigate(PeopleView.class);
        assertThat($(Span.class).all()).extracting(Span::getText).contains("3 osoby");

        people.addAll(hr.organizationId(), List.of(Spec.of("Piotr Zieliński", "IT", 4), Spec.of("Łucja Dąb", "IT", 4)));
        navigate(PeopleView.class);
        assertThat($(Span.class).all()).extracting(Span::getText).contains("5 osób");
        assertThat(UI.getCurrent().getInternals().getTitle()).contains("Pracownicy");
    }

    @Test
    void theWizardShellSpeaksPolish() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        Program program = programs.create(new ProgramDraft("Przyszli liderzy " + UUID.randomUUID(), "",
                LocalDate.of(2027, 1, 11), "Maria Nowak"));

        navigate("programs/" + program.id() + "/steps/objectives", WizardView.class);

        assertThat($(Span.class).all()).extracting(Span::getText)
                .contains("brakuje 1 elementu", "Dlaczego to ważne", "Wszystkie zmiany zapisane");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Przegląd i uruchomienie");
        assertThat($(H3.class).all()).isNotEmpty();
    }
}
