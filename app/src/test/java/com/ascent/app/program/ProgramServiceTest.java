package com.ascent.app.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.model.ProgramState;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class ProgramServiceTest {

    @Autowired
    ProgramService programs;
    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void createdProgramsAreListedForTheirOrganizationOnly() {
        Account hrOfA = accounts.newOrganization(Role.HR);
        Account hrOfB = accounts.newOrganization(Role.HR);
        accounts.signIn(hrOfA);
        Program created = programs.create(draft("Future general managers"));

        assertThat(programs.list()).extracting(Program::name).containsExactly("Future general managers");
        assertThat(created.state()).isEqualTo(ProgramState.DRAFT);

        accounts.signIn(hrOfB);
        assertThat(programs.list()).isEmpty();
        assertThat(programs.find(created.id())).as("B opening A's program by id").isEmpty();
    }

    @Test
    void theLaterOfTwoConcurrentEditsIsRefused() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        Program original = programs.create(draft("First-time people leaders"));

        programs.update(original.id(), original.version(), draft("First-time leaders 2027"));

        assertThatThrownBy(() -> programs.update(original.id(), original.version(), draft("Overwrite attempt")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(programs.find(original.id())).get().extracting(Program::name).isEqualTo("First-time leaders 2027");
    }

    @Test
    void aProgramNeedsANameAStartDateAndAnOwner() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        assertThatThrownBy(() -> programs.create(new ProgramDraft(" ", "", LocalDate.now(), "Ana")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> programs.create(new ProgramDraft("X", "", null, "Ana")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("startDate"));
        assertThat(programs.list()).isEmpty();
    }

    @Test
    void aProgramRunsAtMostThirtySixMonthsAndNotBackwards() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        LocalDate start = LocalDate.of(2027, 1, 11);
        assertThatThrownBy(() -> programs.create(new ProgramDraft("X", "", start, "Ana", start.minusDays(1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("program.error.endBeforeStart"));
        assertThatThrownBy(() -> programs.create(new ProgramDraft("X", "", start, "Ana", start.plusMonths(36).plusDays(1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("program.error.tooLong"));
        assertThat(programs.list()).isEmpty();

        assertThat(programs.create(new ProgramDraft("Nine months", "", start, "Ana", LocalDate.of(2027, 10, 10))).info())
                .satisfies(info -> {
                    assertThat(info.endDate()).isEqualTo(LocalDate.of(2027, 10, 10));
                    assertThat(info.within(start.minusDays(5))).isEqualTo(start);
                    assertThat(info.within(LocalDate.of(2028, 1, 10))).isEqualTo(LocalDate.of(2027, 10, 10));
                });
        assertThat(programs.create(new ProgramDraft("A year", "", start, "Ana")).endDate())
                .isEqualTo(LocalDate.of(2028, 1, 10));
    }

    @Test
    void viewersReadButCannotCreate() {
        Account viewer = accounts.newOrganization(Role.VIEWER);
        accounts.signIn(viewer);
        assertThat(programs.list()).isEmpty();
        assertThatThrownBy(() -> programs.create(draft("Not allowed"))).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void archivingMakesTheProgramArchived() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        Program program = programs.create(draft("Change leaders"));
        assertThat(programs.archive(program).state()).isEqualTo(ProgramState.ARCHIVED);
    }

    static ProgramDraft draft(String name) {
        return new ProgramDraft(name, "Prepare leaders", LocalDate.of(2027, 1, 11), "Maria Nowak");
    }
}
