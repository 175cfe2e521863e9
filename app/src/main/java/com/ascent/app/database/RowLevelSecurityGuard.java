package com.ascent.app.database;

import org.jooq.DSLContext;
import org.jooq.Record2;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;

/**
 * Refuses to start when the application's database role would escape row-level security
 * (a superuser or a role with BYPASSRLS): isolation between organizations must not depend on
 * the application's own checks alone.
 */
@Component
class RowLevelSecurityGuard implements ApplicationRunner {

    private final DSLContext dsl;

    RowLevelSecurityGuard(DSLContext dsl) {
        this.dsl = dsl;
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
    }
}
