package com.ascent.app.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stops and restarts the running application's embedded PostgreSQL behind its back, as an outage
 * would: {@code pg_ctl stop -m fast} (clients are disconnected), then the very command line the
 * server was started with ({@code postmaster.opts}), on the same port and settings. As root, both
 * run in a user namespace ({@code unshare -U}), as zonky runs them: PostgreSQL refuses root.
 */
final class StoppableDatabase {

    private final Path directory;
    private final List<String> command;

    StoppableDatabase(Path directory) throws IOException {
        this.directory = directory;
        this.command = new ArrayList<>();
        // The program path comes first, unquoted; every argument follows in double quotes.
        Matcher token = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(Files.readString(directory.resolve("postmaster.opts")));
        while (token.find()) {
            command.add(token.group(1) != null ? token.group(1) : token.group(2));
        }
    }

    void stop() throws IOException, InterruptedException {
        run(asServerUser(List.of(binary("pg_ctl"), "-D", directory.toString(), "stop", "-m", "fast", "-w")));
    }

    void start() throws IOException {
        new ProcessBuilder(asServerUser(command)).redirectErrorStream(true)
                .redirectOutput(directory.getParent().resolve("restarted-postgres.log").toFile())
                .start();
    }

    private static List<String> asServerUser(List<String> commandLine) {
        if (!"root".equals(System.getProperty("user.name"))) {
            return commandLine;
        }
        List<String> namespaced = new ArrayList<>(List.of("unshare", "-U"));
        namespaced.addAll(commandLine);
        return namespaced;
    }

    private String binary(String name) {
        return Path.of(command.getFirst()).resolveSibling(name).toString();
    }

    private static void run(List<String> commandLine) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(commandLine).inheritIO().start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(commandLine + " failed");
        }
    }
}
