package com.ascent.app.organizationdata;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.val;

import com.ascent.app.db.Tables;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Repository;

/** The catalog, the rows and the erasure of an organization, as the application's role sees them. */
@Repository
class OrganizationDataRepository {

    private static final String SCHEMA = Tables.ORGANIZATION.getSchema().getName();

    private final DSLContext dsl;

    OrganizationDataRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The tables under row-level security of which the application's role may read at least one
     * column, by name. What the role may not read (password hashes, the erasures' record) is not
     * listed, so it cannot be exported by mistake.
     */
    List<ExportTable> exportableTables() {
        return dsl.resultQuery("""
                        select c.relname,
                               array(select a.attname::text from pg_attribute a
                                      where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                                        and has_column_privilege(c.oid, a.attnum, 'SELECT')
                                      order by a.attnum),
                               array(select a.attname::text from pg_index x
                                      cross join unnest(x.indkey::smallint[]) with ordinality as k(attnum, i)
                                      join pg_attribute a on a.attrelid = x.indrelid and a.attnum = k.attnum
                                      where x.indrelid = c.oid and x.indisprimary
                                      order by k.i),
                               array(select a.attname::text from pg_attribute a
                                      where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                                        and a.atttypid = 'timestamptz'::regtype)
                          from pg_class c
                         where c.relnamespace = {0}::regnamespace and c.relkind = 'r' and c.relrowsecurity
                           and has_any_column_privilege(c.oid, 'SELECT')
                         order by c.relname""", val(SCHEMA))
                .fetch(r -> new ExportTable(r.get(0, String.class), Arrays.asList(r.get(1, String[].class)),
                        Arrays.asList(r.get(2, String[].class)), Set.of(r.get(3, String[].class))));
    }

    /**
     * Hands the rows of {@code table} that belong to {@code organizationId} to {@code row}, in
     * primary-key order, one at a time. Row-level security already hides other organizations' rows;
     * the explicit condition also leaves out what the signed-in user sees of their other
     * organizations (their memberships and those organizations' names), so the export of an
     * organization is the same whoever makes it.
     */
    void rows(ExportTable table, UUID organizationId, Consumer<List<@Nullable Object>> row) {
        List<Field<?>> columns = table.columns().stream().<Field<?>>map(c -> table.moments().contains(c)
                ? field(name(c), SQLDataType.TIMESTAMPWITHTIMEZONE) : field(name(c))).toList();
        List<Field<?>> order = (table.key().isEmpty() ? table.columns() : table.key()).stream()
                .<Field<?>>map(c -> field(name(c))).toList();
        try (Cursor<Record> cursor = dsl.select(columns).from(table(name(SCHEMA, table.name())))
                .where(ofOrganization(table, organizationId))
                .orderBy(order).fetchSize(500).fetchLazy()) {
            for (Record record : cursor) {
                row.accept(Arrays.asList(record.intoArray()));
            }
        }
    }

    private static Condition ofOrganization(ExportTable table, UUID organizationId) {
        if (table.columns().contains("organization_id")) {
            return field(name("organization_id")).eq(organizationId);
        }
        return switch (table.name()) {
            case "organization" -> field(name("id")).eq(organizationId);
            case "app_user" -> field(name("id")).in(select(Tables.MEMBERSHIP.USER_ID).from(Tables.MEMBERSHIP)
                    .where(Tables.MEMBERSHIP.ORGANIZATION_ID.eq(organizationId)));
            default -> noCondition(); // keyed otherwise (sign-in attempts: members' e-mails), row-level security decides
        };
    }

    Optional<String> organizationName(UUID organizationId) {
        return dsl.select(Tables.ORGANIZATION.NAME).from(Tables.ORGANIZATION)
                .where(Tables.ORGANIZATION.ID.eq(organizationId)).fetchOptional(Tables.ORGANIZATION.NAME);
    }

    /**
     * Erases the current organization (migration V29) if {@code confirmedName} is its exact name and
     * the signed-in user administers it; whether the signed-in user's own account went with it.
     */
    boolean eraseCurrentOrganization(String confirmedName) {
        try {
            return Boolean.TRUE.equals(dsl.select(field("{0}.erase_current_organization({1})", Boolean.class,
                    name(SCHEMA), val(confirmedName))).fetchSingle().value1());
        } catch (DataAccessException e) {
            String state = e.getMostSpecificCause() instanceof SQLException sql ? sql.getSQLState() : null;
            if ("22023".equals(state)) {
                throw new ErasureRefusedException(ErasureRefusedException.Reason.NAME_DIFFERS);
            }
            if ("42501".equals(state)) {
                throw new ErasureRefusedException(ErasureRefusedException.Reason.NOT_AN_ADMINISTRATOR);
            }
            throw e;
        }
    }
}
