package com.ascent.app.people;

import static com.ascent.app.db.Tables.PERSON;

import com.ascent.app.db.tables.records.PersonRecord;
import com.ascent.plugin.api.people.PeopleQuery;
import com.ascent.plugin.api.people.Person;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.jooq.Record;
import org.jooq.SortField;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** People of one organization, sorted by name; every query names the organization. */
@Repository
class PersonRepository {

    /** Deeper than any real organization chart; stops a cycle of manager links. */
    private static final int MAX_REPORTING_DEPTH = 50;
    private static final com.ascent.app.db.tables.Person MANAGER = PERSON.as("manager");
    private static final Field<String> MANAGER_NAME = MANAGER.FULL_NAME.as("manager_name");

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

    /** One page of directory entries with their managers' names. */
    List<PersonEntry> list(UUID organizationId, PeopleQuery query, PeopleSort sort, int offset, int limit) {
        return dsl.select(PERSON.asterisk(), MANAGER_NAME)
                .from(PERSON)
                .leftJoin(MANAGER).on(MANAGER.ID.eq(PERSON.MANAGER_ID).and(MANAGER.ORGANIZATION_ID.eq(organizationId)))
                .where(matching(organizationId, query))
                .orderBy(order(sort))
                .offset(offset)
                .limit(limit)
                .fetch(PersonRepository::toEntry);
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

    Optional<PersonEntry> entry(UUID organizationId, UUID id) {
        return dsl.select(PERSON.asterisk(), MANAGER_NAME)
                .from(PERSON)
                .leftJoin(MANAGER).on(MANAGER.ID.eq(PERSON.MANAGER_ID).and(MANAGER.ORGANIZATION_ID.eq(organizationId)))
                .where(PERSON.ORGANIZATION_ID.eq(organizationId).and(PERSON.ID.eq(id)))
                .fetchOptional(PersonRepository::toEntry);
    }

    FilterOptions filterOptions(UUID organizationId) {
        return new FilterOptions(distinct(organizationId, PERSON.FUNCTION), distinct(organizationId, PERSON.LOCATION),
                distinct(organizationId, PERSON.LEVEL));
    }

    private <T> List<T> distinct(UUID organizationId, Field<T> field) {
        return dsl.selectDistinct(field).from(PERSON).where(PERSON.ORGANIZATION_ID.eq(organizationId))
                .orderBy(field).fetch(field);
    }

    /** Whether someone else in the organization already has this employee id. */
    boolean employeeIdTaken(UUID organizationId, String employeeId, @Nullable UUID exceptPersonId) {
        Condition sameId = PERSON.ORGANIZATION_ID.eq(organizationId).and(PERSON.EMPLOYEE_ID.eq(employeeId));
        return dsl.fetchExists(PERSON, exceptPersonId == null ? sameId : sameId.and(PERSON.ID.ne(exceptPersonId)));
    }

    /**
     * Whether {@code personId} appears in the reporting line above {@code managerId} (the
     * manager, their manager, ...): making them the manager would close a circle.
     */
    boolean reportsTo(UUID organizationId, UUID managerId, UUID personId) {
        var chain = DSL.name("chain");
        var chainId = DSL.field(DSL.name("chain", "id"), UUID.class);
        var upwards = chain.fields("id").as(DSL.select(PERSON.MANAGER_ID).from(PERSON)
                .where(PERSON.ORGANIZATION_ID.eq(organizationId).and(PERSON.ID.eq(managerId)))
                .union(DSL.select(PERSON.MANAGER_ID).from(PERSON).join(DSL.table(chain)).on(PERSON.ID.eq(chainId))
                        .where(PERSON.ORGANIZATION_ID.eq(organizationId))));
        return dsl.fetchExists(dsl.withRecursive(upwards).selectOne().from(upwards).where(chainId.eq(personId)));
    }

    PersonEntry insert(UUID organizationId, PersonDraft draft) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(PERSON)
                .set(PERSON.ID, id)
                .set(PERSON.ORGANIZATION_ID, organizationId)
                .set(values(draft))
                .execute();
        return entry(organizationId, id).orElseThrow();
    }

    /** Updates when {@code expectedVersion} is still current; empty when someone else changed or removed it. */
    Optional<PersonEntry> update(UUID organizationId, UUID id, long expectedVersion, PersonDraft draft) {
        int updated = dsl.update(PERSON)
                .set(values(draft))
                .set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .where(PERSON.ORGANIZATION_ID.eq(organizationId).and(PERSON.ID.eq(id))
                        .and(PERSON.VERSION.eq(expectedVersion)))
                .execute();
        return updated == 0 ? Optional.empty() : entry(organizationId, id);
    }

    int countSample(UUID organizationId) {
        return dsl.fetchCount(PERSON, PERSON.ORGANIZATION_ID.eq(organizationId).and(PERSON.SAMPLE));
    }

    int deleteSample(UUID organizationId) {
        return dsl.deleteFrom(PERSON).where(PERSON.ORGANIZATION_ID.eq(organizationId).and(PERSON.SAMPLE)).execute();
    }

    private static Map<Field<?>, Object> values(PersonDraft draft) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(PERSON.EMPLOYEE_ID, draft.employeeId());
        values.put(PERSON.FULL_NAME, draft.fullName());
        values.put(PERSON.EMAIL, draft.email());
        values.put(PERSON.FUNCTION, draft.function());
        values.put(PERSON.TITLE, draft.title());
        values.put(PERSON.LEVEL, draft.level());
        values.put(PERSON.MANAGER_ID, draft.managerId());
        values.put(PERSON.LOCATION, draft.location());
        values.put(PERSON.HIRE_DATE, draft.hireDate());
        values.put(PERSON.PERFORMANCE, draft.performance() == null ? null : draft.performance().shortValue());
        values.put(PERSON.POTENTIAL, draft.potential() == null ? null : draft.potential().shortValue());
        values.put(PERSON.SKILLS, draft.skills().toArray(String[]::new));
        values.put(PERSON.TIME_ZONE, draft.timeZone());
        return values;
    }

    private static List<SortField<?>> order(PeopleSort sort) {
        Field<?> column = switch (sort.column()) {
            case NAME -> PERSON.FULL_NAME;
            case EMPLOYEE_ID -> PERSON.EMPLOYEE_ID;
            case FUNCTION -> PERSON.FUNCTION;
            case TITLE -> PERSON.TITLE;
            case LEVEL -> PERSON.LEVEL;
            case LOCATION -> PERSON.LOCATION;
            case HIRE_DATE -> PERSON.HIRE_DATE;
        };
        List<Field<?>> fields = column == PERSON.FULL_NAME
                ? List.of(PERSON.FULL_NAME, PERSON.ID) : List.of(column, PERSON.FULL_NAME, PERSON.ID);
        return fields.stream().<SortField<?>>map(f -> sort.descending() ? f.desc().nullsLast() : f.asc().nullsLast())
                .toList();
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
                r.getPotential() == null ? null : r.getPotential().intValue(), List.of(r.getSkills()),
                r.getTimeZone() == null ? null : java.time.ZoneId.of(r.getTimeZone()));
    }

    private static PersonEntry toEntry(Record r) {
        PersonRecord person = r.into(PERSON);
        return new PersonEntry(toPerson(person), person.getVersion(), r.get(MANAGER_NAME), person.getSample());
    }
}
