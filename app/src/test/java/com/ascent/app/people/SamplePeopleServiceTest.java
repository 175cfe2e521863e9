package com.ascent.app.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.support.IntegrationTest;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.people.PeopleQuery;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class SamplePeopleServiceTest {

    @Autowired
    SamplePeopleService samples;
    @Autowired
    PeopleDirectory directory;
    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void anEmptyDirectoryTakesTheSampleOrganizationMarkedAsSample() {
        accounts.signIn(accounts.newOrganization(Role.HR));

        int loaded = samples.loadSampleOrganization();

        assertThat(loaded).isEqualTo(SamplePeopleService.SIZE);
        assertThat(directory.count(PeopleQuery.all())).isEqualTo(SamplePeopleService.SIZE);
        assertThat(samples.countSamplePeople()).isEqualTo(SamplePeopleService.SIZE);
        List<PersonEntry> page = directory.list(PeopleQuery.all(), PeopleSort.byName(), 0, 100);
        assertThat(page).allSatisfy(entry -> assertThat(entry.sample()).isTrue());
        assertThat(page).filteredOn(entry -> entry.person().managerId() != null)
                .allSatisfy(entry -> assertThat(entry.managerName()).isNotBlank());
        assertThat(directory.filterOptions().functions()).contains("Finance", "Marketing", "Sales", "HR",
                "Engineering", "Operations", "Customer Success");
        assertThatThrownBy(samples::loadSampleOrganization).as("only into an empty directory")
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void removingTheSamplePeopleKeepsRealPeople() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        samples.loadSampleOrganization();
        PersonEntry sampleBoss = directory.list(new PeopleQuery("Chief Executive", null, null, null),
                PeopleSort.byName(), 0, 1).getFirst();
        PersonEntry real = directory.create(PeopleDirectoryTest.draft("R1", "Maria Nowak", "Finance", "Berlin", 12,
                sampleBoss.person().id()));
        assertThat(real.sample()).isFalse();

        int removed = samples.removeSamplePeople();

        assertThat(removed).isEqualTo(SamplePeopleService.SIZE);
        assertThat(directory.count(PeopleQuery.all())).isEqualTo(1);
        assertThat(directory.get(real.person().id())).get()
                .satisfies(p -> assertThat(p.managerId()).as("their sample manager is gone").isNull());
        assertThat(samples.countSamplePeople()).isZero();
    }
}
