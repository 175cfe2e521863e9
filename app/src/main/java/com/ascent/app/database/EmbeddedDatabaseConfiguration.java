package com.ascent.app.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The default database: when {@code spring.datasource.url} is not set, Ascent runs its own
 * PostgreSQL whose files live in {@code $ASCENT_DATA_DIR/postgres} and survive restarts (its programs
 * are unpacked into {@code ascent.database.binaries-dir}, by default {@code $ASCENT_DATA_DIR/postgres-binaries}). It
 * listens on loopback only and asks every role for its password (see {@link EmbeddedPostgresServer}).
 * Migrations run as the server's owner; the application connects as {@value #APP_ROLE}, which owns
 * nothing and is subject to row-level security, exactly as with an external server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseConfigured.class)
class EmbeddedDatabaseConfiguration {

    static final String APP_ROLE = "ascent_app";
    private static final String DATABASE = "ascent";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresServer.Started server) {
        return server.postgres();
    }

    @Bean
    EmbeddedPostgresServer.Started embeddedPostgresServer(@Value("${ascent.data-dir}") Path dataDir,
                                                          @Value("${ascent.database.binaries-dir}") Path binaries,
                                                          @Value("${ascent.database.ephemeral:false}") boolean ephemeral)
            throws IOException, SQLException {
        Path postgresDir = dataDir.resolve("postgres");
        log.info("Starting the embedded PostgreSQL with its data in {} and its programs in {}", postgresDir, binaries);
        EmbeddedPostgresServer.Started server = EmbeddedPostgresServer.start(postgresDir, binaries, ephemeral);
        prepare(server);
        return server;
    }

    /**
     * Creates the application database and the role the application connects as, once, and gives
     * the role its password (again at every start, so that it always matches the credentials file).
     */
    static void prepare(EmbeddedPostgresServer.Started server) throws SQLException {
        try (Connection connection = server.postgres().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (var rs = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    statement.execute("create database " + DATABASE);
                }
            }
            try (var rs = statement.executeQuery("select 1 from pg_roles where rolname = '" + APP_ROLE + "'")) {
                if (!rs.next()) {
                    statement.execute("create role " + APP_ROLE + " login nosuperuser nobypassrls");
                }
            }
            // A random password of URL-safe Base64 characters: nothing to escape.
            statement.execute("alter role " + APP_ROLE + " password '" + server.credentials().applicationPassword() + "'");
        }
    }

    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresServer.Started server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.postgres().getJdbcUrl(APP_ROLE, DATABASE));
        dataSource.setUsername(APP_ROLE);
        dataSource.setPassword(server.credentials().applicationPassword());
        dataSource.setPoolName("ascent");
        return dataSource;
    }

    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource ownerDataSource(EmbeddedPostgres postgres) {
        return postgres.getDatabase(EmbeddedPostgresServer.SUPERUSER, DATABASE);
    }
}
