package com.ascent.app.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.people.PeopleQuery;
import com.ascent.plugin.api.people.Person;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class PeopleDirectoryTest {

    @Autowired
    PeopleDirectory directory;
    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void searchFiltersPagesAndCounts() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        PersonEntry maria = directory.create(draft("E1", "Maria Nowak", "Finance", "Berlin", 16, null));
        directory.create(draft("E2", "Ana Silva", "Finance", "Lisbon", 7, maria.person().id()));
        directory.create(draft("E3", "Kenji Watanabe", "Marketing", "Berlin", 13, maria.person().id()));
        directory.create(draft("E4", "Lea Fischer", "Marketing", "Berlin", 7, null));
        directory.create(new PersonDraft("X-77", "Tom Baker", "tom.baker@corp.example.com", "Sales", "Account Executive",
                5, null, "London", null, null, null, List.of()));

        assertThat(directory.count(PeopleQuery.all())).isEqualTo(5);
        assertThat(names(new PeopleQuery("silva", null, null, null))).as("by name").containsExactly("Ana Silva");
        assertThat(names(new PeopleQuery("CORP.example", null, null, null))).as("by e-mail").containsExactly("Tom Baker");
        assertThat(names(new PeopleQuery("x-7", null, null, null))).as("by employee id").containsExactly("Tom Baker");
        assertThat(names(new PeopleQuery("account exec", null, null, null))).as("by title").containsExactly("Tom Baker");
        assertThat(names(new PeopleQuery("100%", null, null, null))).as("wildcards are taken literally").isEmpty();
        assertThat(names(new PeopleQuery(null, "Marketing", null, null))).containsExactly("Kenji Watanabe", "Lea Fischer");
        assertThat(names(new PeopleQuery(null, null, "Berlin", 7))).containsExactly("Lea Fischer");
        assertThat(directory.count(new PeopleQuery(null, "Finance", "Berlin", null))).isEqualTo(1);

        List<PersonEntry> secondPage = directory.list(PeopleQuery.all(), PeopleSort.byName(), 2, 2);
        assertThat(secondPage).extracting(e -> e.person().fullName()).containsExactly("Lea Fischer", "Maria Nowak");
        assertThat(directory.list(PeopleQuery.all(), new PeopleSort(PeopleSort.Column.LEVEL, true), 0, 2))
                .extracting(e -> e.person().fullName()).containsExactly("Maria Nowak", "Kenji Watanabe");
        assertThat(directory.list(new PeopleQuery("silva", null, null, null), PeopleSort.byName(), 0, 10))
                .singleElement().satisfies(e -> assertThat(e.managerName()).isEqualTo("Maria Nowak"));

        FilterOptions options = directory.filterOptions();
        assertThat(options.functions()).containsExactly("Finance", "Marketing", "Sales");
        assertThat(options.locations()).containsExactly("Berlin", "Lisbon", "London");
        assertThat(options.levels()).containsExactly(5, 7, 13, 16);
    }

    @Test
    void addedPeopleCanBeEditedAndKeepTheirManager() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        PersonEntry maria = directory.create(draft("E1", "Maria Nowak", "Finance", "Berlin", 16, null));
        PersonEntry ana = directory.create(new PersonDraft(" E2 ", " Ana Silva ", "ana.silva@example.com", "Finance",
                "Analyst", 7, maria.person().id(), "Lisbon", LocalDate.of(2021, 3, 15), 2, 3,
                List.of("Excel, Forecasting", "Excel")));

        assertThat(ana.person().employeeId()).isEqualTo("E2");
        assertThat(ana.person().fullName()).isEqualTo("Ana Silva");
        assertThat(ana.person().skills()).containsExactly("Excel", "Forecasting");
        assertThat(ana.managerName()).isEqualTo("Maria Nowak");
        assertThat(ana.version()).isEqualTo(1);

        PersonDraft promoted = new PersonDraft("E2", "Ana Silva", "ana.silva@example.com", "Finance", "Finance Manager",
                10, maria.person().id(), "Lisbon", LocalDate.of(2021, 3, 15), 3, 3, List.of("Excel"));
        PersonEntry edited = directory.update(ana.person().id(), ana.version(), promoted);

        assertThat(edited.version()).isEqualTo(2);
        assertThat(directory.get(ana.person().id())).get().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Finance Manager");
            assertThat(p.level()).isEqualTo(10);
            assertThat(p.performance()).isEqualTo(3);
            assertThat(p.managerId()).isEqualTo(maria.person().id());
        });
    }

    /** Issue 16: working hours count in each person's own zone; empty is the organization's. */
    @Test
    void aPersonWorksInAZoneOfTheListOrInTheOrganizations() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        PersonDraft nora = draft("TZ1", "Nora Zone", "Sales", "New York", 5, null);

        assertThatThrownBy(() -> directory.create(inZone(nora, "Mars/Olympus_Mons")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("timeZone");
                    assertThat(e.getMessage()).isEqualTo("people.error.timeZone");
                });
        PersonEntry created = directory.create(inZone(nora, "America/New_York"));
        assertThat(created.person().timeZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(PersonDraft.of(created).timeZone()).isEqualTo("America/New_York");
        PersonEntry organizations = directory.update(created.person().id(), created.version(),
                inZone(PersonDraft.of(created), " "));
        assertThat(organizations.person().timeZone()).isNull();
    }

    private static PersonDraft inZone(PersonDraft d, String zone) {
        return new PersonDraft(d.employeeId(), d.fullName(), d.email(), d.function(), d.title(), d.level(), d.managerId(),
                d.location(), d.hireDate(), d.performance(), d.potential(), d.skills(), zone);
    }

    @Test
    void invalidInputIsRefusedAtItsFieldAndNothingIsStored() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        PersonEntry maria = directory.create(draft("E1", "Maria Nowak", "Finance", "Berlin", 16, null));
        PersonEntry ana = directory.create(draft("E2", "Ana Silva", "Finance", "Lisbon", 7, maria.person().id()));

        assertRefused(withEmail(draft("E3", " ", "HR", "Berlin", 5, null), "x@example.com"), "fullName");
        assertRefused(withEmail(draft("E3", "Ola Berg", "HR", "Berlin", 5, null), "ola@"), "email");
        assertRefused(draft("", "Ola Berg", "HR", "Berlin", 5, null), "employeeId");
        assertRefused(draft("E3", "Ola Berg", " ", "Berlin", 5, null), "function");
        assertRefused(draft("E3", "Ola Berg", "HR", "", 5, null), "location");
        assertRefused(draft("E3", "Ola Berg", "HR", "Berlin", 0, null), "level");
        assertRefused(draft("E3", "Ola Berg", "HR", "Berlin", 21, null), "level");
        assertRefused(draft("E3", "Ola Berg", "HR", "Berlin", null, null), "level");
        assertRefused(new PersonDraft("E3", "Ola Berg", "ola@example.com", "HR", "Partner", 5, null, "Berlin", null, 4,
                null, List.of()), "performance");
        assertRefused(new PersonDraft("E3", "Ola Berg", "ola@example.com", "HR", "Partner", 5, null, "Berlin", null,
                null, 0, List.of()), "potential");
        assertRefused(draft("E1", "Ola Berg", "HR", "Berlin", 5, null), "employeeId");
        assertRefused(draft("E3", "Ola Berg", "HR", "Berlin", 5, UUID.randomUUID()), "managerId");
        assertThat(directory.count(PeopleQuery.all())).isEqualTo(2);

        assertThatThrownBy(() -> directory.update(maria.person().id(), maria.version(),
                draft("E1", "Maria Nowak", "Finance", "Berlin", 16, maria.person().id())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("managerId");
                    assertThat(e.getMessage()).isEqualTo("people.error.managerSelf");
                });
        assertThatThrownBy(() -> directory.update(maria.person().id(), maria.version(),
                draft("E1", "Maria Nowak", "Finance", "Berlin", 16, ana.person().id())))
                .as("Maria reporting to Ana, who reports to Maria")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("managerId");
                    assertThat(e.getMessage()).isEqualTo("people.error.managerCycle");
                });
        assertThatThrownBy(() -> directory.update(ana.person().id(), ana.version(),
                draft("E1", "Ana Silva", "Finance", "Lisbon", 7, maria.person().id())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("employeeId"));
        assertThat(directory.get(maria.person().id())).get().extracting(Person::managerId).isNull();
        assertThat(directory.get(ana.person().id())).get().extracting(Person::employeeId).isEqualTo("E2");
    }

    @Test
    void aStaleSaveIsRefusedAndOverwritesNothing() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        PersonEntry read = directory.create(draft("E1", "Maria Nowak", "Finance", "Berlin", 16, null));

        directory.update(read.person().id(), read.version(), draft("E1", "Maria Nowak", "Finance", "Warsaw", 16, null));

        assertThatThrownBy(() -> directory.update(read.person().id(), read.version(),
                draft("E1", "Maria Nowak", "Finance", "Toronto", 17, null)))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessage("people.error.concurrentEdit");
        assertThat(directory.get(read.person().id())).get().satisfies(p -> {
            assertThat(p.location()).isEqualTo("Warsaw");
            assertThat(p.level()).isEqualTo(16);
        });
    }

    @Test
    void anotherOrganizationCanNeitherSeeNorEditThePeople() {
        Account hrOfA = accounts.newOrganization(Role.HR);
        Account hrOfB = accounts.newOrganization(Role.HR);
        accounts.signIn(hrOfA);
        PersonEntry maria = directory.create(draft("E1", "Maria Nowak", "Finance", "Berlin", 16, null));

        accounts.signIn(hrOfB);
        assertThat(directory.count(PeopleQuery.all())).isZero();
        assertThat(directory.list(new PeopleQuery("Maria", null, null, null), PeopleSort.byName(), 0, 50)).isEmpty();
        assertThat(directory.get(maria.person().id())).as("by id").isEmpty();
        assertThat(directory.entry(maria.person().id())).as("by id").isEmpty();
        assertThat(directory.filterOptions().functions()).isEmpty();
        assertThatThrownBy(() -> directory.update(maria.person().id(), maria.version(),
                draft("E1", "Mallory", "Finance", "Berlin", 16, null)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> directory.create(draft("E9", "Bob Stone", "Sales", "Paris", 6, maria.person().id())))
                .as("A's person as B's manager")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("managerId"));
        PersonEntry sameEmployeeId = directory.create(draft("E1", "Bob Stone", "Sales", "Paris", 6, null));
        assertThat(sameEmployeeId.person().employeeId()).as("employee ids are unique per organization").isEqualTo("E1");

        accounts.signIn(hrOfA);
        assertThat(directory.get(maria.person().id())).get().extracting(Person::fullName).isEqualTo("Maria Nowak");
        assertThat(directory.count(PeopleQuery.all())).isEqualTo(1);
    }

    @Test
    void viewersReadButCannotEdit() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        PersonEntry maria = directory.create(draft("E1", "Maria Nowak", "Finance", "Berlin", 16, null));
        accounts.signIn(accounts.newColleague(hr, Role.VIEWER));

        assertThat(directory.list(PeopleQuery.all(), PeopleSort.byName(), 0, 10)).hasSize(1);
        assertThatThrownBy(() -> directory.create(draft("E2", "Ana Silva", "Finance", "Lisbon", 7, null)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> directory.update(maria.person().id(), maria.version(),
                draft("E1", "Maria Nowak", "Finance", "Paris", 16, null)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private void assertRefused(PersonDraft draft, String field) {
        assertThatThrownBy(() -> directory.create(draft))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private List<String> names(PeopleQuery query) {
        return directory.list(query, PeopleSort.byName(), 0, 50).stream().map(e -> e.person().fullName()).toList();
    }

    static PersonDraft draft(String employeeId, String name, String function, String location, @Nullable Integer level,
                             @Nullable UUID managerId) {
        String email = name.isBlank() ? "someone@example.com"
                : name.toLowerCase().replace(' ', '.') + "@example.com";
        return new PersonDraft(employeeId, name, email, function, "Specialist", level, managerId, location, null, null,
                null, List.of());
    }

    private static PersonDraft withEmail(PersonDraft draft, String email) {
        return new PersonDraft(draft.employeeId(), draft.fullName(), email, draft.function(), draft.title(), draft.level(),
                draft.managerId(), draft.location(), draft.hireDate(), draft.performance(), draft.potential(),
                draft.skills());
    }
}
