package com.ascent.app.e2e;

import com.ascent.app.organizationdata.FullProgram;
import com.ascent.app.people.PeopleDirectory;
import com.ascent.app.people.SamplePeopleService;
import com.ascent.app.roster.ProgramRosterService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.plugin.api.people.PeopleQuery;
import com.ascent.plugin.api.people.Person;
import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.RosterRole;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What one signed-in HR user costs in heap, per screen (issue 17, "lean sessions"): N users
 * ({@code -Dascent.benchmark.users}, default 30), each in its own Chromium context (its own cookies,
 * so its own session), sign in and are brought to one screen after the other of a program with
 * content in all six steps; after each screen the live heap is read after a full GC and compared
 * with the baseline read before they signed in (after two other users had visited every screen
 * once, so that what a first visit loads for everybody is not counted). Per user = difference / N:
 * the session, its UI and the screen. At the end the browser closes the contexts (the pages send
 * Vaadin's unload beacon) and the heap is read again at once: what remains is the sessions' own
 * weight, which lives until the session times out.
 *
 * <p>The live heap is the total of {@code GC.class_histogram} (a full GC, live objects only), which
 * also says which classes the users added. The browsers are driven from a JVM of their own
 * ({@link BenchmarkBrowsers}), so that nothing of the browser client is counted. Figures are
 * printed and written to {@code target/session-memory-benchmark.txt}. Not part of the build (tag
 * {@code benchmark}); docs/benchmarks.md has the command.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ascent.data-dir=${java.io.tmpdir}/ascent-memory-${random.uuid}")
@ActiveProfiles("test")
class SessionMemoryBenchmarkIT {

    private static final int USERS = Integer.getInteger("ascent.benchmark.users", 30);
    private static final Path REPORT = Path.of("target", "session-memory-benchmark.txt");
    private static final int WARM_UP_USERS = 2;
    private static final int TOP_CLASSES = 12;

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    FullProgram fullProgram;
    @Autowired
    SamplePeopleService samples;
    @Autowired
    PeopleDirectory people;
    @Autowired
    ProgramRosterService roster;

    /** A screen: where each user's page goes, and the tab it then opens, if any. */
    record Screen(String name, String path, String tab) {
    }

    @Test
    void retainedHeapPerSignedInUserPerScreen() throws Exception {
        Account admin = accounts.newOrganization(Role.ADMIN);
        UUID programId = realisticProgram(admin);
        List<Account> users = new ArrayList<>();
        for (int i = 0; i < USERS + WARM_UP_USERS; i++) {
            users.add(accounts.newColleague(admin, Role.HR));
        }
        String steps = "programs/" + programId + "/steps/";
        List<Screen> screens = List.of(
                new Screen("Programs (home)", "programs", ""),
                new Screen("1 Objectives", steps + "objectives", ""),
                new Screen("2 Coaches & mentors", steps + "selection", ""),
                new Screen("3 Program framework", steps + "framework", ""),
                new Screen("3 Program calendar (tab)", steps + "framework", "tab-calendar"),
                new Screen("4 Development plans", steps + "development-plans", ""),
                new Screen("5 Support resources", steps + "support", ""),
                new Screen("6 Measurement", steps + "measurement", ""),
                new Screen("6 Measurement dashboard (tab)", steps + "measurement", "tab-dashboard"));

        StringBuilder report = new StringBuilder();
        try (Browsers browsers = new Browsers("http://localhost:" + port + "/")) {
            // Warm-up: what the first visit of a screen loads once for everybody (classes, bundles,
            // caches) is not a user's cost, so two users visit every screen before the baseline.
            browsers.run("users " + WARM_UP_USERS);
            for (int i = 0; i < WARM_UP_USERS; i++) {
                browsers.signIn(i, users.get(USERS + i));
            }
            for (Screen screen : screens) {
                browsers.open(screen);
            }
            browsers.run("close");
            Histogram baseline = Histogram.live();
            report.append(header(baseline));
            report.append(String.format(Locale.ROOT, "%-40s %12s %12s%n", "screen", "KB per user", "x programs"));
            print(report);

            browsers.run("users " + USERS);
            for (int i = 0; i < USERS; i++) {
                browsers.signIn(i, users.get(i));
            }
            long programsPerUser = 0;
            StringBuilder details = new StringBuilder();
            for (Screen screen : screens) {
                browsers.open(screen);
                browsers.run("screenshot memory-" + screen.name().replaceAll("\\W+", "-") + ".png");
                Diff diff = Histogram.live().minus(baseline);
                long perUser = diff.total() / USERS;
                if (programsPerUser == 0) {
                    programsPerUser = perUser;
                }
                String line = String.format(Locale.ROOT, "%-40s %12d %12.2f%n", screen.name(), perUser / 1024,
                        (double) perUser / programsPerUser);
                report.append(line);
                print(line);
                details.append(diff.top(screen.name(), USERS));
            }

            // The browser closes every page: Vaadin's unload beacon closes their UIs. Read at once.
            browsers.run("close");
            Diff closed = Histogram.live().minus(baseline);
            String line = String.format(Locale.ROOT, "%-40s %12d%n", "browser closed: the sessions alone",
                    closed.total() / USERS / 1024);
            report.append(line);
            print(line);
            details.append(closed.top("browser closed: the sessions alone", USERS));
            report.append(System.lineSeparator()).append(details);
        }
        print(report);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
    }

    private static void print(CharSequence text) {
        System.out.print(text);
        System.out.flush();
    }

    /** {@link BenchmarkBrowsers} in a JVM of its own, driven line by line. */
    private static final class Browsers implements AutoCloseable {

        private final Process process;
        private final BufferedWriter commands;
        private final BufferedReader answers;

        Browsers(String baseUrl) throws IOException {
            process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), BenchmarkBrowsers.class.getName(), baseUrl)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            commands = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
            answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        void signIn(int user, Account account) throws IOException {
            run("signin " + user + " " + account.email() + " " + account.password());
        }

        void open(Screen screen) throws IOException {
            run("goto " + screen.path() + (screen.tab().isEmpty() ? "" : " " + screen.tab()));
        }

        void run(String command) throws IOException {
            commands.write(command);
            commands.newLine();
            commands.flush();
            String answer = answers.readLine();
            while (answer != null && !answer.startsWith("@")) {
                answer = answers.readLine();
            }
            if (!"@ok".equals(answer)) {
                throw new IllegalStateException(command.split(" ")[0] + ": " + answer);
            }
        }

        @Override
        public void close() throws IOException, InterruptedException {
            if (process.isAlive()) {
                commands.write("quit");
                commands.newLine();
                commands.flush();
                process.waitFor();
            }
        }
    }

    /**
     * FullProgram's program (content in all six steps) in an organization with the 300 sample
     * people, and 6 more mentors and 12 more HiPos of them on its roster, as the load test's fixture has.
     */
    private UUID realisticProgram(Account admin) {
        accounts.signIn(admin);
        try {
            samples.loadSampleOrganization();
            List<Person> sample = people.find(PeopleQuery.all(), 0, 18);
            UUID programId = fullProgram.create(admin.organizationId()).programId();
            List<MemberDraft> members = new ArrayList<>();
            for (int i = 0; i < sample.size(); i++) {
                RosterRole role = i < 6 ? RosterRole.MENTOR : RosterRole.HIPO;
                members.add(new MemberDraft(sample.get(i).id(), null, null, null, role, role == RosterRole.MENTOR ? 2 : 1,
                        List.of(), Availability.MEDIUM, List.of()));
            }
            roster.addMembers(programId, members);
            return programId;
        } finally {
            accounts.signOut();
        }
    }

    private String header(Histogram baseline) throws IOException, InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.ROOT, "Session memory, %d users, %s%nuptime: %s%nJava %s, max heap %d MB, %s%n"
                        + "baseline (after the warm-up, nobody on a screen): %d MB live%n%n",
                USERS, OffsetDateTime.now(ZoneOffset.UTC).withNano(0), uptime(), Runtime.version(),
                runtime.maxMemory() >> 20, ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(a -> a.startsWith("-X") || a.startsWith("-XX")).toList(),
                baseline.total >> 20);
    }

    private static String uptime() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("uptime").redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes()).trim();
        process.waitFor();
        return out;
    }

    /** The live objects of this JVM by class, after a full GC (what {@code jcmd PID GC.class_histogram} prints). */
    record Histogram(long total, Map<String, long[]> byClass) {

        private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
        private static final Pattern TOTAL = Pattern.compile("^Total\\s+\\d+\\s+(\\d+)");

        static Histogram live() throws Exception {
            System.gc();
            String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            Map<String, long[]> byClass = new HashMap<>();
            long total = 0;
            for (String line : text.split("\n")) {
                Matcher row = ROW.matcher(line);
                if (row.find()) {
                    byClass.put(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))});
                }
                Matcher sum = TOTAL.matcher(line);
                if (sum.find()) {
                    total = Long.parseLong(sum.group(1));
                }
            }
            return new Histogram(total, byClass);
        }

        Diff minus(Histogram before) {
            Map<String, long[]> diff = new HashMap<>();
            byClass.forEach((name, now) -> {
                long[] was = before.byClass.getOrDefault(name, new long[2]);
                diff.put(name, new long[] {now[0] - was[0], now[1] - was[1]});
            });
            before.byClass.forEach((name, was) -> diff.putIfAbsent(name, new long[] {-was[0], -was[1]}));
            return new Diff(total - before.total, diff);
        }
    }

    /** What a screen added to the live heap, by class. */
    record Diff(long total, Map<String, long[]> byClass) {

        String top(String screen, int users) {
            StringBuilder out = new StringBuilder(screen + ": top classes per user (bytes, instances)\n");
            byClass.entrySet().stream()
                    .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
                    .limit(TOP_CLASSES)
                    .forEach(e -> out.append(String.format(Locale.ROOT, "  %9d B %7.1f  %s%n", e.getValue()[1] / users,
                            (double) e.getValue()[0] / users, e.getKey())));
            return out.toString();
        }
    }
}
