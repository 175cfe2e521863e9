package com.ascent.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded PostgreSQL asks every role for its password, keeps the passwords in an owner-only
 * file that later starts reuse, listens on loopback only and keeps its socket in the data
 * directory; a data directory of an earlier version (trust, no passwords) is secured on its
 * first start with this one. Its programs are unpacked into a directory of its own, closed to other
 * users, not into the shared temporary directory.
 */
class EmbeddedPostgresServerTest {

    /** Where the tests' servers unpack PostgreSQL (as application-test.properties says). */
    static final Path BINARIES = Path.of(System.getProperty("user.dir"), "target", "postgres-binaries");
    private static final String APP_ROLE = EmbeddedDatabaseConfiguration.APP_ROLE;

    @TempDir
    Path dataDir;

    @Test
    void everyRoleNeedsItsPasswordFromTheOwnerOnlyFileAndDataSurvivesARestart() throws Exception {
        Path directory = dataDir.resolve("postgres");
        EmbeddedPostgresServer.Credentials credentials;
        try (EmbeddedPostgres postgres = started(directory)) {
            credentials = readCredentials(directory);
            int port = postgres.getPort();
            for (String role : List.of("postgres", APP_ROLE)) {
                assertRefused(port, role, null);
                assertRefused(port, role, "not-the-password");
            }
            try (Connection connection = connect(port, APP_ROLE, credentials.applicationPassword())) {
                assertThat(single(connection, "select current_user")).isEqualTo(APP_ROLE);
            }
            try (Connection connection = connect(port, "postgres", credentials.superuserPassword());
                 Statement statement = connection.createStatement()) {
                assertThat(column(connection, "select distinct auth_method from pg_hba_file_rules"))
                        .containsExactly("scram-sha-256");
                assertThat(column(connection, "select distinct type from pg_hba_file_rules"))
                        .containsExactlyInAnyOrder("local", "host");
                assertThat(single(connection, "show listen_addresses")).isEqualTo("localhost");
                assertThat(single(connection, "show password_encryption")).isEqualTo("scram-sha-256");
                assertThat(Path.of(single(connection, "show unix_socket_directories")))
                        .isEqualTo(directory.resolve(EmbeddedPostgresServer.SOCKET_DIRECTORY).toAbsolutePath());
                statement.execute("create table kept (name text)");
                statement.execute("insert into kept values ('still here')");
            }
        }
        assertThat(permissions(directory.resolve(EmbeddedPostgresServer.CREDENTIALS_FILE))).isEqualTo("rw-------");
        assertThat(permissions(directory.resolve(EmbeddedPostgresServer.SOCKET_DIRECTORY))).isEqualTo("rwx------");

        try (EmbeddedPostgres postgres = started(directory);
             Connection connection = connect(postgres.getPort(), "postgres", credentials.superuserPassword())) {
            assertThat(readCredentials(directory)).as("the passwords of the first start are reused").isEqualTo(credentials);
            assertThat(single(connection, "select name from kept")).isEqualTo("still here");
        }
    }

    @Test
    void aDataDirectoryOfAnEarlierVersionIsSecuredOnItsFirstStart() throws Exception {
        Path directory = dataDir.resolve("postgres");
        try (EmbeddedPostgres earlier = EmbeddedPostgresServer.builder(BINARIES).setDataDirectory(directory)
                .setCleanDataDirectory(false).setServerConfig("listen_addresses", "localhost").start();
             Connection connection = earlier.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create role " + APP_ROLE + " login nosuperuser nobypassrls");
            statement.execute("create table kept (name text)");
            statement.execute("insert into kept values ('from the earlier version')");
        }

        try (EmbeddedPostgres postgres = started(directory)) {
            EmbeddedPostgresServer.Credentials credentials = readCredentials(directory);
            assertRefused(postgres.getPort(), "postgres", null);
            assertRefused(postgres.getPort(), APP_ROLE, null);
            try (Connection connection = connect(postgres.getPort(), "postgres", credentials.superuserPassword())) {
                assertThat(single(connection, "select name from kept")).isEqualTo("from the earlier version");
                assertThat(column(connection, "select distinct auth_method from pg_hba_file_rules"))
                        .containsExactly("scram-sha-256");
            }
            try (Connection connection = connect(postgres.getPort(), APP_ROLE, credentials.applicationPassword())) {
                assertThat(single(connection, "select current_user")).isEqualTo(APP_ROLE);
            }
        }
        assertThat(permissions(directory.resolve(EmbeddedPostgresServer.CREDENTIALS_FILE))).isEqualTo("rw-------");
    }

    @Test
    void itsProgramsAreUnpackedIntoTheGivenDirectoryClosedToOtherUsers() throws Exception {
        // Not a temporary directory: the point is that nothing of it lands in the shared /tmp.
        Path binaries = BINARIES.resolveSibling("postgres-binaries-" + UUID.randomUUID()).resolve("unpacked");
        try (EmbeddedPostgres postgres = EmbeddedPostgresServer.start(dataDir.resolve("postgres"), binaries, true)
                .postgres()) {
            assertThat(permissions(binaries)).isEqualTo("rwx------");
            List<Path> unpacked;
            try (var found = Files.list(binaries)) {
                unpacked = found.filter(Files::isDirectory).toList();
            }
            assertThat(unpacked).singleElement().satisfies(directory -> {
                assertThat(directory.getFileName().toString()).startsWith("PG-");
                assertThat(permissions(directory)).as("zonky opens it to everybody; closed again").isEqualTo("rwx------");
                assertThat(directory.resolve("bin/postgres")).isExecutable();
            });
            long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).getFirst());
            Path running = Files.readSymbolicLink(Path.of("/proc", Long.toString(postmaster), "exe"));
            assertThat(running).as("the server runs the programs of the given directory")
                    .startsWith(unpacked.getFirst().toRealPath());
            assertThat(running.toString()).doesNotStartWith(System.getProperty("java.io.tmpdir"));
        } finally {
            FileSystemUtils.deleteRecursively(binaries.getParent());
        }
    }

    /** Starts the server as the application does, application role included. */
    private static EmbeddedPostgres started(Path directory) throws Exception {
        EmbeddedPostgresServer.Started server = EmbeddedPostgresServer.start(directory, BINARIES, false);
        EmbeddedDatabaseConfiguration.prepare(server);
        return server.postgres();
    }

    private static EmbeddedPostgresServer.Credentials readCredentials(Path directory) throws Exception {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(directory.resolve(EmbeddedPostgresServer.CREDENTIALS_FILE))) {
            properties.load(reader);
        }
        return new EmbeddedPostgresServer.Credentials(properties.getProperty("postgres"),
                properties.getProperty("application"));
    }

    private static void assertRefused(int port, String role, @Nullable String password) {
        assertThatThrownBy(() -> connect(port, role, password).close())
                .as("%s with password %s", role, password)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
    }

    private static Connection connect(int port, String role, @Nullable String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", role);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", properties);
    }

    private static String single(Connection connection, String sql) throws SQLException {
        return column(connection, sql).getFirst();
    }

    private static List<String> column(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
