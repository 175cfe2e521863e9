package com.ascent.app.people;

import static com.ascent.app.db.Tables.PERSON;

import com.ascent.app.db.tables.records.PersonRecord;
import com.ascent.plugin.api.people.PeopleQuery;
import com.ascent.plugin.api.people.Person;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

/** People of one organization, sorted by name; every query names the organization. */
@Repository
class PersonRepository {

    private final DSLContext dsl;

    PersonRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Person> find(UUID organizationId, PeopleQuery query, int offset, int limit) {
        return dsl.selectFrom(PERSON)
                .where(matching(organizationId, query))
                .orderBy(PERSON.FULL_NAME, PERSON.ID)
                .offset(offset)
                .limit(limit)
                .fetch(PersonRepository::toPerson);
    }

    int count(UUID organizationId, PeopleQuery query) {
        return dsl.fetchCount(PERSON, matching(organizationId, query));
    }

    Optional<Person> get(UUID organizationId, UUID id) {
        return dsl.selectFrom(PERSON)
                .where(PERSON.ORGANIZATION_ID.eq(organizationId).and(PERSON.ID.eq(id)))
                .fetchOptional(PersonRepository::toPerson);
    }

    private static Condition matching(UUID organizationId, PeopleQuery query) {
        Condition condition = PERSON.ORGANIZATION_ID.eq(organizationId);
        if (query.text() != null && !query.text().isBlank()) {
            String pattern = "%" + query.text().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            condition = condition.and(PERSON.FULL_NAME.likeIgnoreCase(pattern)
                    .or(PERSON.EMAIL.likeIgnoreCase(pattern))
                    .or(PERSON.EMPLOYEE_ID.likeIgnoreCase(pattern))
                    .or(PERSON.TITLE.likeIgnoreCase(pattern)));
        }
        if (query.function() != null) {
            condition = condition.and(PERSON.FUNCTION.eq(query.function()));
        }
        if (query.location() != null) {
            condition = condition.and(PERSON.LOCATION.eq(query.location()));
        }
        if (query.level() != null) {
            condition = condition.and(PERSON.LEVEL.eq(query.level()));
        }
        return condition;
    }

    static Person toPerson(PersonRecord r) {
        return new Person(r.getId(), r.getEmployeeId(), r.getFullName(), r.getEmail(), r.getFunction(), r.getTitle(),
                r.getLevel(), r.getManagerId(), r.getLocation(), r.getHireDate(),
                r.getPerformance() == null ? null : r.getPerformance().intValue(),
                r.getPotential() == null ? null : r.getPotential().intValue(), List.of(r.getSkills()));
    }

}
