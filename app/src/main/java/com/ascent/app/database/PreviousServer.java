package com.ascent.app.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes way for a start after a crash. When Ascent is killed, its PostgreSQL may live on (it runs
 * as a process of its own) or leave its lock file {@code postmaster.pid} behind, and PostgreSQL
 * then refuses to start on the same data directory. Before starting:
 * <ul>
 *   <li>another running Ascent holding the data directory (zonky's {@code epg-lock}) is refused
 *       with a clear message;</li>
 *   <li>a lock file whose process is gone, or is not a PostgreSQL of this data directory (its PID
 *       reused), is removed;</li>
 *   <li>a PostgreSQL of this data directory left over from the dead Ascent is asked to stop
 *       (SIGTERM: its clients died with Ascent) and waited for;</li>
 *   <li>processes of a killed PostgreSQL that are still ending are waited for (PostgreSQL refuses
 *       to start while they hold its shared memory).</li>
 * </ul>
 * When something does not stop in time, the start fails with a message naming the processes.
 */
final class PreviousServer {

    static final Duration STOP_WAIT = Duration.ofSeconds(60);
    private static final String ZONKY_LOCK = "epg-lock";
    private static final Logger log = LoggerFactory.getLogger(PreviousServer.class);

    private PreviousServer() {
    }

    static void makeWay(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        refuseWhenAnotherAscentRuns(directory);
        Optional<ProcessHandle> previous = postmasterOf(directory, pidFile);
        if (previous.isPresent()) {
            ProcessHandle postmaster = previous.get();
            log.warn("The embedded PostgreSQL of an earlier Ascent (PID {}) still runs on {}: stopping it before starting",
                    postmaster.pid(), directory);
            postmaster.destroy();
            await(List.of(postmaster), directory);
        }
        List<ProcessHandle> leftovers = ProcessHandle.allProcesses()
                .filter(PreviousServer::isPostgres)
                .filter(process -> servesDirectory(process, directory))
                .toList();
        if (!leftovers.isEmpty()) {
            log.warn("Waiting for {} processes of a killed PostgreSQL on {} to end", leftovers.size(), directory);
            await(leftovers, directory);
        }
        if (Files.deleteIfExists(pidFile)) {
            log.warn("Removed {}, left behind by a PostgreSQL that no longer runs (Ascent was not stopped cleanly)",
                    pidFile);
        }
    }

    private static void await(List<ProcessHandle> processes, Path directory) {
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        try {
            for (ProcessHandle process : processes) {
                process.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (TimeoutException e) {
            String pids = processes.stream().filter(ProcessHandle::isAlive).map(p -> Long.toString(p.pid()))
                    .reduce((a, b) -> a + " " + b).orElse("");
            throw new IllegalStateException("PostgreSQL of an earlier Ascent still runs on " + directory + " (PID " + pids
                    + ") and did not stop within " + STOP_WAIT.toSeconds() + " s. Stop it (kill " + pids
                    + ") and start Ascent again.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for an earlier PostgreSQL to stop", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Zonky holds {@code epg-lock} while its server runs: a held lock means a live Ascent owns the directory. */
    private static void refuseWhenAnotherAscentRuns(Path directory) throws IOException {
        Path lockFile = directory.resolve(ZONKY_LOCK);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock != null) {
                return;
            }
        } catch (OverlappingFileLockException e) {
            // held by this very JVM: fall through to the refusal
        }
        throw new IllegalStateException("Another Ascent is running with its database in " + directory
                + ". Stop it first, or give this one another data directory (ASCENT_DATA_DIR).");
    }

    /** The live postmaster named in the lock file, if it is a PostgreSQL of this data directory. */
    private static Optional<ProcessHandle> postmasterOf(Path directory, Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        long pid;
        try {
            pid = Long.parseLong(lines.isEmpty() ? "" : lines.getFirst().trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(PreviousServer::isPostgres)
                .filter(process -> servesDirectory(process, directory));
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("postgres")).orElse(false);
    }

    /** PostgreSQL's processes work in their data directory; where /proc is missing, the postmaster's arguments name it. */
    private static boolean servesDirectory(ProcessHandle process, Path directory) {
        try {
            Path expected = directory.toRealPath();
            Path workingDirectory = Path.of("/proc", Long.toString(process.pid()), "cwd");
            if (Files.exists(workingDirectory)) {
                return Files.readSymbolicLink(workingDirectory).equals(expected);
            }
            return process.info().arguments().map(List::of).orElse(List.of()).stream()
                    .anyMatch(argument -> argument.equals(directory.toString()) || argument.equals(expected.toString()));
        } catch (IOException e) {
            return false;
        }
    }
}
