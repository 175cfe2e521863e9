package com.ascent.app.people;

import static com.ascent.app.db.Tables.PERSON;

import com.ascent.app.db.tables.records.PersonRecord;
import com.ascent.plugin.api.people.PeopleQuery;
import com.ascent.plugin.api.people.Person;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/** People of one organization, sorted by name; every query names the organization. */
@Repository
class PersonRepository {

    /** Deeper than any real organization chart; stops a cycle of manager links. */
    private static final int MAX_REPORTING_DEPTH = 50;

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

    Map<UUID, Person> getAll(UUID organizationId, Collection<UUID> ids) {
        return dsl.selectFrom(PERSON)
                .where(PERSON.ORGANIZATION_ID.eq(organizationId).and(PERSON.ID.eq(DSL.any(ids.toArray(UUID[]::new)))))
                .fetch(PersonRepository::toPerson)
                .stream()
                .collect(Collectors.toMap(Person::id, person -> person));
    }

    /** Walks up the manager links of all {@code ids} in one query; a depth limit guards against cycles. */
    Map<UUID, List<UUID>> reportingLines(UUID organizationId, Collection<UUID> ids) {
        Field<UUID> start = DSL.field(DSL.name("start"), SQLDataType.UUID);
        Field<UUID> manager = DSL.field(DSL.name("manager"), SQLDataType.UUID);
        Field<Integer> depth = DSL.field(DSL.name("depth"), SQLDataType.INTEGER);
        CommonTableExpression<Record3<UUID, UUID, Integer>> chain = DSL.name("chain").fields("start", "manager", "depth")
                .as(DSL.select(PERSON.ID, PERSON.MANAGER_ID, DSL.inline(1))
                        .from(PERSON)
                        .where(PERSON.ORGANIZATION_ID.eq(organizationId))
                        .and(PERSON.ID.eq(DSL.any(ids.toArray(UUID[]::new))))
                        .and(PERSON.MANAGER_ID.isNotNull())
                        .unionAll(DSL.select(DSL.field(DSL.name("chain", "start"), SQLDataType.UUID), PERSON.MANAGER_ID,
                                        DSL.field(DSL.name("chain", "depth"), SQLDataType.INTEGER).plus(1))
                                .from(DSL.table(DSL.name("chain")))
                                .join(PERSON).on(PERSON.ID.eq(DSL.field(DSL.name("chain", "manager"), SQLDataType.UUID)))
                                .where(PERSON.ORGANIZATION_ID.eq(organizationId))
                                .and(PERSON.MANAGER_ID.isNotNull())
                                .and(DSL.field(DSL.name("chain", "depth"), SQLDataType.INTEGER).lt(MAX_REPORTING_DEPTH))));
        Map<UUID, List<UUID>> lines = new HashMap<>();
        ids.forEach(id -> lines.put(id, new ArrayList<>()));
        dsl.withRecursive(chain)
                .select(start, manager, depth)
                .from(chain)
                .orderBy(start, depth)
                .forEach(row -> {
                    List<UUID> line = lines.get(row.value1());
                    if (line != null && !line.contains(row.value2())) {
                        line.add(row.value2());
                    }
                });
        return lines;
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
