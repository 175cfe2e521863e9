package com.ascent.tools.codegen;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

/**
 * Generates the host's jOOQ classes from its Flyway migrations: starts an embedded PostgreSQL,
 * migrates it exactly as the app would, and reads the schema back. No server or Docker is needed.
 * Skips the work when the migrations have not changed since the last run.
 *
 * <p>Arguments: migrations directory, output directory, target package, schema, and the directory
 * PostgreSQL's programs are unpacked into (the application's tests use the same one, so they are
 * unpacked once per build, and not into the shared {@code /tmp/embedded-pg}).
 */
public final class JooqCodegen {

    private static final String STAMP_FILE = ".migrations.sha256";

    private JooqCodegen() {
    }

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        Path output = Path.of(args[1]);
        String targetPackage = args[2];
        String schema = args[3];
        Path binaries = Path.of(args[4]);

        String fingerprint = fingerprint(migrations);
        Path stamp = output.resolve(STAMP_FILE);
        if (Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)) {
            System.out.println("jOOQ classes are up to date with " + migrations);
            return;
        }
        Files.createDirectories(binaries);
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rwx------");
        Files.setPosixFilePermissions(binaries, ownerOnly);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setOverrideWorkingDirectory(binaries.toFile())
                .start()) {
            // zonky opens the directory it unpacked into to everybody: closed again at once
            Files.setPosixFilePermissions(binaries, ownerOnly);
            try (var unpacked = Files.newDirectoryStream(binaries, "PG-*")) {
                for (Path directory : unpacked) {
                    Files.setPosixFilePermissions(directory, ownerOnly);
                }
            }
            Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations("filesystem:" + migrations.toAbsolutePath())
                    .schemas(schema)
                    .placeholders(Map.of("appRole", "ascent_app"))
                    .load()
                    .migrate();
            GenerationTool.generate(configuration(postgres.getJdbcUrl("postgres", "postgres"), output,
                    targetPackage, schema));
        }
        Files.writeString(stamp, fingerprint);
    }

    private static Configuration configuration(String url, Path output, String targetPackage, String schema) {
        return new Configuration()
                .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(url)
                        .withUser("postgres").withPassword("postgres"))
                .withGenerator(new Generator()
                        .withDatabase(new Database()
                                .withName("org.jooq.meta.postgres.PostgresDatabase")
                                .withInputSchema(schema)
                                .withExcludes("flyway_schema_history")
                                .withRecordVersionFields("version"))
                        .withGenerate(new Generate()
                                .withRecords(true)
                                .withPojos(false)
                                .withDaos(false)
                                .withJavaTimeTypes(true))
                        .withTarget(new Target()
                                .withPackageName(targetPackage)
                                .withDirectory(output.toAbsolutePath().toString())
                                .withClean(true)));
    }

    private static String fingerprint(Path migrations) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(migrations)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            digest.update(migrations.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(file));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
