package com.ascent.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start after a crash comes up: when Ascent was killed (kill -9) and its PostgreSQL lives on
 * holding the data directory, and when PostgreSQL itself was killed and left its lock file.
 * (Before, the next start failed with "lock file postmaster.pid already exists".)
 */
class EmbeddedPostgresCrashTest {

    @TempDir
    Path dataDir;

    @Test
    void aStartAfterAscentWasKilledStopsTheOrphanedDatabaseAndComesUp() throws Exception {
        Path directory = dataDir.resolve("postgres");
        Process ascent = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"), CrashedAscent.class.getName(), directory.toString(),
                EmbeddedPostgresServerTest.BINARIES.toString()))
                .redirectErrorStream(true).start();
        awaitReady(ascent);
        long orphan = postmasterPid(directory);

        ascent.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("PostgreSQL outlives a killed Ascent")
                .contains(true);

        try (EmbeddedPostgres postgres = started(directory)) {
            assertThat(savedRow(postgres)).isEqualTo("saved before the crash");
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        }
    }

    @Test
    void aStartAfterPostgresWasKilledRemovesItsStaleLockAndComesUp() throws Exception {
        Path directory = dataDir.resolve("postgres");
        EmbeddedPostgres first = started(directory);
        try (Connection connection = first.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create table kept (name text)");
            statement.execute("insert into kept values ('saved before the crash')");
        }
        ProcessHandle postmaster = ProcessHandle.of(postmasterPid(directory)).orElseThrow();
        postmaster.destroyForcibly();
        postmaster.onExit().get(30, TimeUnit.SECONDS);
        first.close();
        assertThat(directory.resolve("postmaster.pid")).as("the killed server's lock file is left behind").exists();

        try (EmbeddedPostgres postgres = started(directory)) {
            assertThat(savedRow(postgres)).isEqualTo("saved before the crash");
        }
    }

    private static EmbeddedPostgres started(Path directory) throws Exception {
        return EmbeddedPostgresServer.start(directory, EmbeddedPostgresServerTest.BINARIES, false).postgres();
    }

    private static void awaitReady(Process ascent) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(ascent.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        String line;
        while ((line = output.readLine()) != null) {
            if (line.equals(CrashedAscent.READY)) {
                // keep draining the child's output so that it never blocks on a full pipe
                Thread.ofVirtual().start(() -> output.lines().forEach(ignored -> { }));
                return;
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        throw new AssertionError("The crashing Ascent never got its database ready");
    }

    private static long postmasterPid(Path directory) throws Exception {
        return Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).getFirst().trim());
    }

    private static String savedRow(EmbeddedPostgres postgres) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select name from kept")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
