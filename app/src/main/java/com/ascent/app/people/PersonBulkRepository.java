package com.ascent.app.people;

import static com.ascent.app.db.Tables.PERSON;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Repository;

/**
 * Writes many people at once, for CSV imports and the sample organization. Rows are streamed
 * with PostgreSQL's COPY into a temporary staging table, then moved into the directory chunk by
 * chunk with one insert-or-update statement each: people already there (same employee id) are
 * updated, the others added. Everything happens in the caller's transaction.
 */
@Repository
class PersonBulkRepository {

    /** Rows per chunk: large enough for speed, small enough for a moving progress bar. */
    static final int CHUNK = 5_000;
    /** From this many rows on, the table's statistics are refreshed at once (see V2__people_maintain.sql). */
    private static final int ANALYZE_FROM = 1_000;

    private static final String STAGING = "person_import";
    private static final Table<?> STAGE = DSL.table(DSL.name(STAGING));
    private static final Field<UUID> S_ID = staged("id", SQLDataType.UUID);
    private static final Field<String> S_EMPLOYEE_ID = staged("employee_id", SQLDataType.CLOB);
    private static final Field<String> S_FULL_NAME = staged("full_name", SQLDataType.CLOB);
    private static final Field<String> S_EMAIL = staged("email", SQLDataType.CLOB);
    private static final Field<String> S_FUNCTION = staged("function", SQLDataType.CLOB);
    private static final Field<String> S_TITLE = staged("title", SQLDataType.CLOB);
    private static final Field<Integer> S_LEVEL = staged("level", SQLDataType.INTEGER);
    private static final Field<UUID> S_MANAGER_ID = staged("manager_id", SQLDataType.UUID);
    private static final Field<String> S_LOCATION = staged("location", SQLDataType.CLOB);
    private static final Field<LocalDate> S_HIRE_DATE = staged("hire_date", SQLDataType.LOCALDATE);
    private static final Field<Short> S_PERFORMANCE = staged("performance", SQLDataType.SMALLINT);
    private static final Field<Short> S_POTENTIAL = staged("potential", SQLDataType.SMALLINT);
    private static final Field<String[]> S_SKILLS = staged("skills", SQLDataType.CLOB.array());
    private static final List<Field<?>> STAGED_COLUMNS = List.of(S_ID, S_EMPLOYEE_ID, S_FULL_NAME, S_EMAIL, S_FUNCTION,
            S_TITLE, S_LEVEL, S_MANAGER_ID, S_LOCATION, S_HIRE_DATE, S_PERFORMANCE, S_POTENTIAL, S_SKILLS);

    private final DSLContext dsl;

    PersonBulkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static <T> Field<T> staged(String column, org.jooq.DataType<T> type) {
        return DSL.field(DSL.name(STAGING, column), type);
    }

    /** Makes other bulk writes of the organization wait until this transaction ends. */
    void lockForBulkWrite(UUID organizationId) {
        dsl.execute("select pg_advisory_xact_lock(hashtextextended(?, 0))", "people-bulk-write:" + organizationId);
    }

    DirectorySnapshot snapshot(UUID organizationId) {
        var manager = PERSON.as("manager");
        Map<String, UUID> ids = new HashMap<>();
        Map<String, String> managers = new HashMap<>();
        try (Cursor<Record3<String, UUID, String>> people = dsl
                .select(PERSON.EMPLOYEE_ID, PERSON.ID, manager.EMPLOYEE_ID)
                .from(PERSON)
                .leftJoin(manager).on(manager.ID.eq(PERSON.MANAGER_ID))
                .where(PERSON.ORGANIZATION_ID.eq(organizationId))
                .fetchLazy()) {
            for (Record3<String, UUID, String> person : people) {
                ids.put(person.value1(), person.value2());
                if (person.value3() != null) {
                    managers.put(person.value1(), person.value3());
                }
            }
        }
        return new DirectorySnapshot(ids, managers);
    }

    /**
     * Adds or updates {@code people}, who must come managers first. Required fields are always
     * written; of the optional ones only {@code optionalFields}, so a file without a column leaves
     * that field of existing people alone.
     */
    void write(UUID organizationId, List<ResolvedPerson> people, Set<PersonField> optionalFields, boolean sample,
               IntConsumer savedSoFar) {
        dsl.execute("create temporary table if not exists " + STAGING + " (id uuid, employee_id text, full_name text,"
                + " email text, function text, title text, level integer, manager_id uuid, location text,"
                + " hire_date date, performance smallint, potential smallint, skills text[]) on commit drop");
        for (int from = 0; from < people.size(); from += CHUNK) {
            List<ResolvedPerson> chunk = people.subList(from, Math.min(people.size(), from + CHUNK));
            dsl.truncate(STAGE).execute();
            copyToStage(chunk);
            upsertFromStage(organizationId, optionalFields, sample);
            savedSoFar.accept(from + chunk.size());
        }
        if (people.size() >= ANALYZE_FROM) {
            dsl.execute("analyze {0}", PERSON);
        }
    }

    private void copyToStage(List<ResolvedPerson> chunk) {
        StringBuilder csv = new StringBuilder(chunk.size() * 200);
        for (ResolvedPerson person : chunk) {
            PersonRow row = person.row();
            csv.append(person.id()).append(',');
            quoted(csv, row.employeeId()).append(',');
            quoted(csv, row.fullName()).append(',');
            quoted(csv, row.email()).append(',');
            quoted(csv, row.function()).append(',');
            quoted(csv, row.title()).append(',');
            csv.append(row.level()).append(',');
            plain(csv, person.managerId()).append(',');
            quoted(csv, row.location()).append(',');
            plain(csv, row.hireDate()).append(',');
            plain(csv, row.performance()).append(',');
            plain(csv, row.potential()).append(',');
            quoted(csv, arrayLiteral(row.skills())).append('\n');
        }
        String columns = String.join(", ", STAGED_COLUMNS.stream().map(Field::getName).toList());
        dsl.connection(connection -> connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + STAGING + " (" + columns + ") from stdin (format csv)", new StringReader(csv.toString())));
    }

    private void upsertFromStage(UUID organizationId, Set<PersonField> optionalFields, boolean sample) {
        Map<Field<?>, Field<?>> updates = new HashMap<>();
        for (Field<?> field : List.of(PERSON.FULL_NAME, PERSON.EMAIL, PERSON.FUNCTION, PERSON.TITLE, PERSON.LEVEL,
                PERSON.LOCATION, PERSON.SAMPLE)) {
            updates.put(field, DSL.excluded(field));
        }
        Map<PersonField, Field<?>> optional = Map.of(PersonField.MANAGER, PERSON.MANAGER_ID,
                PersonField.HIRE_DATE, PERSON.HIRE_DATE, PersonField.PERFORMANCE, PERSON.PERFORMANCE,
                PersonField.POTENTIAL, PERSON.POTENTIAL, PersonField.SKILLS, PERSON.SKILLS);
        optional.forEach((personField, column) -> {
            if (optionalFields.contains(personField)) {
                updates.put(column, DSL.excluded(column));
            }
        });
        updates.put(PERSON.VERSION, PERSON.VERSION.plus(1));
        dsl.insertInto(PERSON, PERSON.ID, PERSON.ORGANIZATION_ID, PERSON.EMPLOYEE_ID, PERSON.FULL_NAME, PERSON.EMAIL,
                        PERSON.FUNCTION, PERSON.TITLE, PERSON.LEVEL, PERSON.MANAGER_ID, PERSON.LOCATION,
                        PERSON.HIRE_DATE, PERSON.PERFORMANCE, PERSON.POTENTIAL, PERSON.SKILLS, PERSON.SAMPLE)
                .select(dsl.select(S_ID, DSL.val(organizationId), S_EMPLOYEE_ID, S_FULL_NAME, S_EMAIL, S_FUNCTION,
                        S_TITLE, S_LEVEL, S_MANAGER_ID, S_LOCATION, S_HIRE_DATE, S_PERFORMANCE, S_POTENTIAL,
                        DSL.coalesce(S_SKILLS, DSL.val(new String[0])), DSL.val(sample)).from(STAGE))
                .onConflict(PERSON.ORGANIZATION_ID, PERSON.EMPLOYEE_ID)
                .doUpdate()
                .set(updates)
                .execute();
    }

    private static StringBuilder quoted(StringBuilder csv, String value) {
        return csv.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    /** An unquoted value; nothing at all stands for NULL in COPY's CSV format. */
    private static StringBuilder plain(StringBuilder csv, @Nullable Object value) {
        return value == null ? csv : csv.append(value);
    }

    private static String arrayLiteral(List<String> values) {
        StringBuilder array = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                array.append(',');
            }
            array.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return array.append('}').toString();
    }
}
