package com.ascent.app.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.InputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ascent's own PostgreSQL server, locked down for a machine shared with other users:
 * <ul>
 *   <li>every connection, over TCP or the Unix socket, authenticates with a password
 *       (SCRAM-SHA-256; {@code pg_hba.conf} has no other method);</li>
 *   <li>each role gets a random password on first start, kept in {@value #CREDENTIALS_FILE} of the
 *       data directory, readable by its owner only and reused on later starts;</li>
 *   <li>it listens on loopback only, and its Unix socket lives in the data directory (0700),
 *       not in the world-writable temporary directory;</li>
 *   <li>a data directory of an earlier version (trust authentication, no passwords) is secured
 *       on its first start with this version;</li>
 *   <li>its programs are unpacked into a directory of Ascent's own, closed to other users (0700),
 *       not into zonky's default {@code /tmp/embedded-pg}, where any local user could replace them
 *       with programs of their own before Ascent runs them.</li>
 * </ul>
 * A start after a crash first makes way: see {@link PreviousServer}.
 */
final class EmbeddedPostgresServer {

    static final String SUPERUSER = "postgres";
    static final String CREDENTIALS_FILE = "ascent-credentials.properties";
    static final String SOCKET_DIRECTORY = "socket";
    private static final String CONFIG_FILE = "ascent.conf";
    private static final String INCLUDE_LINE = "include_if_exists = '" + CONFIG_FILE + "'";
    private static final String SECURE_HBA = """
            # Written by Ascent at every start: a password (SCRAM-SHA-256) for every role, on the Unix
            # socket (in the data directory) and on loopback. Nothing else is accepted.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;
    /** For the one start that secures a data directory of an earlier version: its roles have no password yet. */
    private static final String SECURING_HBA = """
            # Written by Ascent for the one start that sets the passwords of an earlier version's
            # database; replaced by password authentication once they are set.
            host    all       postgres  127.0.0.1/32  trust
            host    all       postgres  ::1/128       trust
            """;
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(120);
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private EmbeddedPostgresServer() {
    }

    /** The passwords of the server's roles. */
    record Credentials(String superuserPassword, String applicationPassword) {

        static Credentials generate() {
            return new Credentials(randomPassword(), randomPassword());
        }
    }

    /** A started server and the passwords to reach it. */
    record Started(EmbeddedPostgres postgres, Credentials credentials) {
    }

    /**
     * Starts the server whose files are in {@code directory}, creating them on first start.
     *
     * @param binaries  where PostgreSQL's programs are unpacked (once; later starts reuse them)
     * @param ephemeral a fresh database deleted when the server stops (tests)
     */
    static Started start(Path directory, Path binaries, boolean ephemeral) throws IOException, SQLException {
        Files.createDirectories(directory.toAbsolutePath().getParent());
        boolean initialized = !ephemeral && Files.exists(directory.resolve("postgresql.conf"));
        if (initialized) {
            PreviousServer.makeWay(directory);
        }
        Path credentialsFile = directory.resolve(CREDENTIALS_FILE);
        boolean securing = initialized && !Files.exists(credentialsFile);
        Credentials credentials = initialized && !securing ? read(credentialsFile) : Credentials.generate();
        if (securing) {
            log.warn("The embedded PostgreSQL in {} comes from an earlier version that trusted every local "
                    + "connection: setting passwords for its roles now", directory);
        }

        EmbeddedPostgres.Builder builder = builder(binaries)
                .setDataDirectory(directory)
                .setCleanDataDirectory(ephemeral)
                .setPGStartupWait(STARTUP_WAIT)
                .setConnectConfig("password", credentials.superuserPassword())
                .setServerConfig("max_connections", "100")
                .setDataDirectoryCustomizer(dir -> configure(dir.toPath(), securing ? SECURING_HBA : SECURE_HBA));
        if (!ephemeral) {
            // Zonky's defaults favour throw-away test databases; Ascent's data must survive a crash.
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        Path passwordFile = null;
        if (!initialized) {
            // initdb sets the superuser's password from this file; zonky passes these as initdb options.
            passwordFile = ownerOnlyFile(directory.toAbsolutePath().getParent(), ".initdb-password",
                    credentials.superuserPassword());
            builder.setLocaleConfig("pwfile", passwordFile.toString()).setLocaleConfig("auth", "scram-sha-256");
        }
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } finally {
            if (passwordFile != null) {
                Files.deleteIfExists(passwordFile);
            }
            closeBinaries(binaries);
        }
        if (securing) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("alter role " + SUPERUSER + " password '" + credentials.superuserPassword() + "'");
                Files.writeString(directory.resolve("pg_hba.conf"), SECURE_HBA);
                statement.execute("select pg_reload_conf()");
            }
        }
        if (!initialized || securing) {
            write(credentialsFile, credentials);
        }
        return new Started(postgres, credentials);
    }

    /**
     * A zonky builder that unpacks PostgreSQL's programs into {@code binaries}, created closed to
     * other users (0700).
     */
    static EmbeddedPostgres.Builder builder(Path binaries) throws IOException {
        Files.createDirectories(binaries);
        restrict(binaries, OWNER_ONLY_DIRECTORY);
        return EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(binaries.toFile())
                .setPgBinaryResolver(new UnpackedInto(binaries.toAbsolutePath().normalize()));
    }

    /** Zonky opens the directory it unpacks into to everybody (0777): closed again after each start. */
    private static void closeBinaries(Path binaries) throws IOException {
        restrict(binaries, OWNER_ONLY_DIRECTORY);
        try (var unpacked = Files.newDirectoryStream(binaries, "PG-*")) {
            for (Path directory : unpacked) {
                restrict(directory, OWNER_ONLY_DIRECTORY);
            }
        }
    }

    /**
     * Zonky's own resolver, one per unpack directory: zonky remembers for the whole JVM where a
     * resolver's programs were unpacked, so with one shared resolver every later server would run
     * the programs of the first directory used.
     */
    record UnpackedInto(Path binaries) implements PgBinaryResolver {

        @Override
        public InputStream getPgBinary(String system, String machineHardware) throws IOException {
            return DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
        }
    }

    /** Writes Ascent's settings and authentication rules into the data directory, before each start. */
    private static void configure(Path directory, String hba) {
        try {
            Path socket = Files.createDirectories(directory.resolve(SOCKET_DIRECTORY));
            restrict(socket, OWNER_ONLY_DIRECTORY);
            Files.writeString(directory.resolve(CONFIG_FILE), """
                    # Written by Ascent at every start of its embedded PostgreSQL; changes here are overwritten.
                    listen_addresses = 'localhost'
                    unix_socket_directories = '%s'
                    unix_socket_permissions = 0700
                    password_encryption = 'scram-sha-256'
                    """.formatted(socket.toAbsolutePath().toString().replace("'", "''")));
            Path config = directory.resolve("postgresql.conf");
            if (Files.readAllLines(config).stream().noneMatch(INCLUDE_LINE::equals)) {
                Files.writeString(config, System.lineSeparator() + INCLUDE_LINE + System.lineSeparator(),
                        java.nio.file.StandardOpenOption.APPEND);
            }
            Files.writeString(directory.resolve("pg_hba.conf"), hba);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Credentials read(Path file) throws IOException {
        restrict(file, OWNER_ONLY_FILE);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return new Credentials(properties.getProperty(SUPERUSER), properties.getProperty("application"));
    }

    private static void write(Path file, Credentials credentials) throws IOException {
        Properties properties = new Properties();
        properties.setProperty(SUPERUSER, credentials.superuserPassword());
        properties.setProperty("application", credentials.applicationPassword());
        Path temporary = ownerOnlyFile(file.getParent(), CREDENTIALS_FILE + ".new", "");
        try (Writer writer = Files.newBufferedWriter(temporary)) {
            properties.store(writer, "Passwords of Ascent's embedded PostgreSQL roles. Keep this file private.");
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A file only its owner can read, created that way (never readable by others, not even briefly). */
    private static Path ownerOnlyFile(Path directory, String name, String content) throws IOException {
        Path file = directory.resolve(name);
        Files.deleteIfExists(file);
        if (posix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        }
        Files.writeString(file, content);
        return file;
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static String randomPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
