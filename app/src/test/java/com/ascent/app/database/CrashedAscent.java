package com.ascent.app.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Run in a JVM of its own by {@link EmbeddedPostgresCrashTest}: starts the embedded PostgreSQL on a
 * data directory (its programs in the second argument) as Ascent does, stores a row, says READY and waits to be killed.
 */
final class CrashedAscent {

    static final String READY = "READY";

    private CrashedAscent() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer.Started server = EmbeddedPostgresServer.start(Path.of(args[0]), Path.of(args[1]), false);
        try (Connection connection = server.postgres().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create table kept (name text)");
            statement.execute("insert into kept values ('saved before the crash')");
        }
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
