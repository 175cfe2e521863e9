package com.ascent.app.support;

import static com.ascent.app.db.Tables.PERSON;

import com.ascent.app.database.OrganizationScope;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts people into an organization's directory for tests, straight into the host's person table
 * (the directory's own screens are not needed to test what builds on it).
 */
@Component
public class TestPeople {

    private final DSLContext dsl;
    private final TransactionTemplate transactions;

    TestPeople(DSLContext dsl, TransactionTemplate transactions) {
        this.dsl = dsl;
        this.transactions = transactions;
    }

    /** A person to insert; {@link #of} gives sensible defaults to change with the {@code with} methods. */
    public record Spec(String fullName, String function, int level, @Nullable UUID managerId, String location,
                       @Nullable Integer performance, @Nullable Integer potential, List<String> skills) {

        public static Spec of(String fullName, String function, int level) {
            return new Spec(fullName, function, level, null, "Warsaw", 2, 2, List.of());
        }

        public Spec managedBy(UUID manager) {
            return new Spec(fullName, function, level, manager, location, performance, potential, skills);
        }

        public Spec in(String place) {
            return new Spec(fullName, function, level, managerId, place, performance, potential, skills);
        }

        public Spec rated(int perf, int pot) {
            return new Spec(fullName, function, level, managerId, location, perf, pot, skills);
        }

        public Spec skilled(String... names) {
            return new Spec(fullName, function, level, managerId, location, performance, potential, List.of(names));
        }
    }

    /** Inserts one person and returns their id. */
    public UUID add(UUID organizationId, Spec spec) {
        return addAll(organizationId, List.of(spec)).getFirst();
    }

    /** Inserts people in one transaction, in order (a manager before the people who report to them). */
    public List<UUID> addAll(UUID organizationId, List<Spec> specs) {
        return OrganizationScope.callAs(organizationId, () -> transactions.execute(tx -> {
            List<UUID> ids = new ArrayList<>();
            for (Spec spec : specs) {
                UUID id = UUID.randomUUID();
                dsl.insertInto(PERSON)
                        .set(PERSON.ID, id)
                        .set(PERSON.ORGANIZATION_ID, organizationId)
                        .set(PERSON.EMPLOYEE_ID, "E-" + id.toString().substring(0, 8))
                        .set(PERSON.FULL_NAME, spec.fullName())
                        .set(PERSON.EMAIL, spec.fullName().toLowerCase().replace(' ', '.') + "@example.com")
                        .set(PERSON.FUNCTION, spec.function())
                        .set(PERSON.TITLE, spec.function() + " specialist")
                        .set(PERSON.LEVEL, spec.level())
                        .set(PERSON.MANAGER_ID, spec.managerId())
                        .set(PERSON.LOCATION, spec.location())
                        .set(PERSON.PERFORMANCE, spec.performance() == null ? null : spec.performance().shortValue())
                        .set(PERSON.POTENTIAL, spec.potential() == null ? null : spec.potential().shortValue())
                        .set(PERSON.SKILLS, spec.skills().toArray(String[]::new))
                        .execute();
                ids.add(id);
            }
            return ids;
        }));
    }
}
