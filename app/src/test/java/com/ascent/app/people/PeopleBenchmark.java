package com.ascent.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.files.TextFiles;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import com.ascent.plugin.api.people.PeopleQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures the CSV import and the directory's first page at 100,000 people, next to baselines
 * measured in the same run: a single-row insert loop through the same service the form uses, and
 * a {@code select 1} round trip. Not part of the normal build; run it with
 * {@code ./mvnw -pl app -am test -Dgroups=benchmark -DexcludedGroups= -Dtest=PeopleBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}. Results are in docs/benchmarks.md.
 */
@Tag("benchmark")
@IntegrationTest
class PeopleBenchmark {

    static final int PEOPLE = 100_000;
    static final int SINGLE_ROW_INSERTS = 2_000;
    static final int REPEATS = 30;

    @Autowired
    PeopleImportService imports;
    @Autowired
    PeopleDirectory directory;
    @Autowired
    TestAccounts accounts;
    @Autowired
    DSLContext dsl;
    @Autowired
    TransactionTemplate transactions;
    @TempDir
    Path folder;

    @Test
    void importAndFirstPageAtOneHundredThousandPeople() throws IOException {
        String loadBefore = loadAverage();
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        Path file = folder.resolve("people.csv");
        Files.writeString(file, PeopleImportServiceTest.generatedFile(PEOPLE));
        ColumnMapping mapping = imports.preview(TextFiles.open(file, null)).suggestedMapping();

        long start = System.nanoTime();
        ImportCheck imported = imports.importPeople(TextFiles.open(file, null), mapping, ImportProgress.NONE);
        double importSeconds = seconds(System.nanoTime() - start);
        assertThat(imported.newPeople()).isEqualTo(PEOPLE);
        assertThat(directory.count(PeopleQuery.all())).isEqualTo(PEOPLE);
        double importRate = PEOPLE / importSeconds;

        double firstPage = medianMillis(() -> {
            int count = directory.count(PeopleQuery.all());
            List<PersonEntry> page = directory.list(PeopleQuery.all(), PeopleSort.byName(), 0, 50);
            assertThat(page).hasSize(50);
            return count;
        });
        double searchPage = medianMillis(() -> {
            PeopleQuery query = new PeopleQuery("person 4242", null, null, null);
            directory.list(query, PeopleSort.byName(), 0, 50);
            return directory.count(query);
        });
        double filteredPage = medianMillis(() -> {
            PeopleQuery query = new PeopleQuery(null, "Finance", null, 7);
            directory.list(query, PeopleSort.byName(), 0, 50);
            return directory.count(query);
        });
        double lastPage = medianMillis(() -> directory.list(PeopleQuery.all(), PeopleSort.byName(), PEOPLE - 50, 50).size());
        double filterOptions = medianMillis(() -> directory.filterOptions().functions().size());

        accounts.signIn(accounts.newOrganization(Role.HR));
        start = System.nanoTime();
        for (int i = 0; i < SINGLE_ROW_INSERTS; i++) {
            directory.create(new PersonDraft("B" + i, "Baseline " + i, "baseline" + i + "@example.com", "Finance",
                    "Analyst", 5, null, "Berlin", null, 2, 2, List.of("Excel")));
        }
        double singleRowRate = SINGLE_ROW_INSERTS / seconds(System.nanoTime() - start);
        double selectOne = medianMillis(() -> OrganizationScope.callAs(hr.organizationId(),
                () -> transactions.execute(tx -> dsl.selectOne().fetchSingle().value1())));

        System.out.printf("""

                ==== People benchmark (%,d people, %d cores, load average before/after: %s / %s) ====
                CSV import (check + write, one transaction): %,.0f rows/s (%.2f s)
                Baseline, single-row inserts via PeopleDirectory.create (%,d rows): %,.0f rows/s
                  -> import is %.1f x the single-row rate
                Grid first page (count + 50 rows by name), median of %d: %.1f ms
                Baseline, select 1 round trip in a transaction, median of %d: %.2f ms
                  -> first page is %.1f x a select 1 round trip
                Search "person 4242" (first page + count): %.1f ms
                Filter function + level (first page + count): %.1f ms
                Last page (offset %,d): %.1f ms
                Filter options (distinct functions, locations, levels): %.1f ms
                ====
                """, PEOPLE, Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage(), importRate, importSeconds, SINGLE_ROW_INSERTS,
                singleRowRate, importRate / singleRowRate, REPEATS, firstPage, REPEATS, selectOne, firstPage / selectOne,
                searchPage, filteredPage, PEOPLE - 50, lastPage, filterOptions);
        accounts.signOut();
    }

    /** Median wall time of {@code work} after a few warm-up runs. */
    private static double medianMillis(Supplier<?> work) {
        for (int i = 0; i < 5; i++) {
            work.get();
        }
        double[] millis = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[REPEATS / 2];
    }

    /** The machine's 1-minute load average: other work on the same cores slows every figure down. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
