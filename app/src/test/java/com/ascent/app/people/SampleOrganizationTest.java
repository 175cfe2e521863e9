package com.ascent.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sample organization is a believable company, and the same one every time. */
class SampleOrganizationTest {

    final List<PersonRow> people = SampleOrganization.generate(SamplePeopleService.SEED, SamplePeopleService.SIZE);
    final Map<String, PersonRow> byEmployeeId = people.stream()
            .collect(Collectors.toMap(PersonRow::employeeId, Function.identity()));

    @Test
    void theSameSeedGivesTheSamePeople() {
        assertThat(SampleOrganization.generate(SamplePeopleService.SEED, SamplePeopleService.SIZE)).isEqualTo(people);
        assertThat(SampleOrganization.generate(SamplePeopleService.SEED + 1, SamplePeopleService.SIZE))
                .isNotEqualTo(people);
    }

    @Test
    void reportingLinesFormOneTreeWithSeniorManagers() {
        assertThat(people).hasSize(SamplePeopleService.SIZE);
        assertThat(byEmployeeId).hasSize(people.size());
        assertThat(people).filteredOn(p -> p.managerEmployeeId() == null).singleElement()
                .satisfies(ceo -> assertThat(ceo.title()).isEqualTo("Chief Executive Officer"));
        for (PersonRow person : people) {
            Set<String> seen = new HashSet<>();
            PersonRow current = person;
            while (current.managerEmployeeId() != null) {
                assertThat(seen.add(current.employeeId())).as("no circle above %s", person.employeeId()).isTrue();
                PersonRow manager = byEmployeeId.get(current.managerEmployeeId());
                assertThat(manager).as("manager of %s exists", current.employeeId()).isNotNull();
                assertThat(manager.level()).as("manager of %s is more senior", current.employeeId())
                        .isGreaterThan(current.level());
                current = manager;
            }
        }
    }

    @Test
    void everyFunctionLevelRangeAndNineBoxCellIsPopulated() {
        assertThat(people).extracting(PersonRow::function).containsOnly("Executive", "Engineering", "Sales",
                "Customer Success", "Operations", "Marketing", "Finance", "HR");
        assertThat(people.stream().map(PersonRow::function).distinct()).hasSize(8);
        assertThat(people).allSatisfy(p -> {
            assertThat(PersonRules.isLevel(p.level())).isTrue();
            assertThat(PersonRules.isEmail(p.email())).isTrue();
            assertThat(p.skills()).hasSizeBetween(3, 4);
        });
        assertThat(people.stream().map(PersonRow::email).distinct()).hasSize(people.size());
        Set<String> nineBox = people.stream().filter(p -> p.performance() != null && p.potential() != null)
                .map(p -> p.performance() + "/" + p.potential()).collect(Collectors.toSet());
        assertThat(nineBox).hasSize(9);
        assertThat(people.stream().map(PersonRow::location).distinct().count()).isGreaterThanOrEqualTo(5);
        assertThat(people.stream().filter(p -> p.level() >= 10).count()).as("people leaders").isBetween(30L, 60L);
    }
}
