package com.ascent.app.database;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.val;

/**
 * Refuses to start when the application's database role would escape row-level security: a
 * superuser, a role with BYPASSRLS, or a role that owns (itself or through a role it is a member
 * of) the schema or any of its tables, sequences or functions. An owner can switch row-level
 * security off or redefine the functions the policies rely on. Isolation between organizations
 * must not depend on the application's own checks alone.
 */
@Component
class RowLevelSecurityGuard implements ApplicationRunner {

    /** The schema and everything in it that the current role owns or may act as the owner of. */
    private static final String OWNED_OBJECTS = """
            select 'schema ' || n.nspname from pg_namespace n
             where n.nspname = {0} and pg_has_role(n.nspowner, 'MEMBER')
            union all
            select case c.relkind when 'S' then 'sequence ' when 'v' then 'view ' when 'm' then 'view '
                                  else 'table ' end || n.nspname || '.' || c.relname
              from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = {0} and c.relkind in ('r', 'p', 'S', 'v', 'm', 'f')
               and pg_has_role(c.relowner, 'MEMBER')
            union all
            select 'function ' || n.nspname || '.' || p.proname
              from pg_proc p join pg_namespace n on n.oid = p.pronamespace
             where n.nspname = {0} and pg_has_role(p.proowner, 'MEMBER')
            order by 1""";

    private final DSLContext dsl;
    private final String schema;

    RowLevelSecurityGuard(DSLContext dsl, @Value("${spring.flyway.default-schema}") String schema) {
        this.dsl = dsl;
        this.schema = schema;
    }

    @Override
    public void run(ApplicationArguments args) {
        Record2<Boolean, Boolean> role = dsl.select(field("rolsuper", Boolean.class), field("rolbypassrls", Boolean.class))
                .from(table("pg_roles"))
                .where(field("rolname").eq(field("current_user")))
                .fetchSingle();
        if (role.value1() || role.value2()) {
            throw new IllegalStateException("The application's database user bypasses row-level security. "
                    + "Connect as a role without SUPERUSER and BYPASSRLS (see README, Configuration).");
        }
        List<String> owned = dsl.resultQuery(OWNED_OBJECTS, val(schema)).fetch(0, String.class);
        if (!owned.isEmpty()) {
            String user = dsl.select(field("current_user", String.class)).fetchSingle().value1();
            throw new IllegalStateException("The application's database user " + user + " owns " + String.join(", ", owned)
                    + " (directly or through a role it is a member of). An owner can switch row-level security off. "
                    + "Give these objects back to the schema owner (e.g. ALTER TABLE ... OWNER TO <schema owner>) or "
                    + "connect as a role that owns nothing (see README, Configuration).");
        }
    }
}
