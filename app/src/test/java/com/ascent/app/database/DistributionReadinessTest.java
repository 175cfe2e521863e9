package com.ascent.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The schema stays ready to be distributed by organization (docs/architecture-scaling.md): every
 * table of schema {@code ascent}, as the migrations leave it, carries {@code organization_id}, or
 * is one of the tables that page lists, each with where it goes on Citus and why it has none.
 */
@IntegrationTest
class DistributionReadinessTest {

    /** The one place where a table may be exempted, read here so that the page cannot drift. */
    static final Path SCALING_PAGE = Path.of("..", "docs", "architecture-scaling.md");
    private static final Pattern LISTED_TABLE = Pattern.compile("^\\| `([a-z_]+)` \\| ([^|]+) \\| ([^|]+) \\|$");

    @Autowired
    DSLContext dsl;

    Map<String, Boolean> tablesWithOrganizationColumn;
    Map<String, String> documentedExemptions;

    @BeforeEach
    void readSchemaAndPage() throws IOException {
        tablesWithOrganizationColumn = new LinkedHashMap<>();
        dsl.resultQuery("""
                        select c.relname,
                               exists (select from pg_attribute a
                                        where a.attrelid = c.oid and a.attname = 'organization_id'
                                          and a.attnum > 0 and not a.attisdropped)
                          from pg_class c join pg_namespace n on n.oid = c.relnamespace
                         where n.nspname = 'ascent' and c.relkind in ('r', 'p') and not c.relispartition
                         order by 1""")
                .forEach(r -> tablesWithOrganizationColumn.put(r.get(0, String.class), r.get(1, Boolean.class)));
        documentedExemptions = exemptionsListedOn(SCALING_PAGE);
    }

    @Test
    void everyTableCarriesOrganizationIdOrIsADocumentedReferenceOrIdentityTable() {
        Set<String> neither = tablesWithOrganizationColumn.entrySet().stream()
                .filter(table -> !table.getValue() && !documentedExemptions.containsKey(table.getKey()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(neither)
                .as("tables without organization_id that %s does not list with a reason: give them the column, "
                        + "or list them there", SCALING_PAGE)
                .isEmpty();
        assertThat(tablesWithOrganizationColumn).as("the schema was read").containsEntry("program", true);
    }

    @Test
    void theListNamesOnlyExistingTablesWithoutOrganizationIdEachWithAReason() {
        assertThat(documentedExemptions).as("the list on %s was found", SCALING_PAGE).isNotEmpty();
        documentedExemptions.forEach((table, reason) -> {
            assertThat(tablesWithOrganizationColumn).as("listed table %s exists", table).containsKey(table);
            assertThat(tablesWithOrganizationColumn.get(table))
                    .as("listed table %s has organization_id after all: distribute it with the rest", table).isFalse();
            assertThat(reason).as("the reason for %s", table).isNotBlank();
        });
    }

    /** Table name to reason, from the table between the page's start and end markers. */
    private static Map<String, String> exemptionsListedOn(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page);
        int start = lines.indexOf("<!-- tables-without-organization: start -->");
        int end = lines.indexOf("<!-- tables-without-organization: end -->");
        assertThat(start).as("the start marker on %s", page).isNotNegative();
        assertThat(end).as("the end marker on %s", page).isGreaterThan(start);
        Map<String, String> listed = new LinkedHashMap<>();
        for (String line : lines.subList(start + 1, end)) {
            Matcher row = LISTED_TABLE.matcher(line.strip());
            if (row.matches()) {
                listed.put(row.group(1), row.group(3).strip());
            }
        }
        return listed;
    }
}
