package com.ascent.loadtest;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Virtual HR users of Ascent, speaking Vaadin's protocol: each signs in (Spring Security's form
 * login with the CSRF token of the login page), opens the program from the program list, walks the
 * six wizard steps, adds an objective and removes it again, proposes pairs, opens the calendar
 * and the program's review (its dashboard), again and again with think times of 3 to 10 seconds, until the run's duration
 * is over. Every response is checked for Vaadin's error and session-expired markers; any failed
 * request fails the run.
 *
 * <p>Parameters (system properties): {@code baseUrl} (loopback only), {@code users},
 * {@code duration} and {@code rampUp} in seconds, {@code accounts} (how many prepared HR accounts
 * hr1..hrN@loadtest.example to spread the users over; default: as many as users) and
 * {@code password}. Push: not opened, see README.
 */
public class HrUserSimulation extends Simulation {

    /** The id of an objective's card on the Objectives step (its remove button adds "remove-"). */
    private static final String OBJECTIVE_CARD = "objective-\\d+";

    static final List<String> STEPS = List.of("objectives", "selection", "framework", "development-plans",
            "support", "measurement");

    private final String baseUrl = loopbackOnly(System.getProperty("baseUrl", "http://127.0.0.1:8080"));
    private final int users = Integer.getInteger("users", 10);
    private final Duration duration = Duration.ofSeconds(Integer.getInteger("duration", 60));
    private final Duration rampUp = Duration.ofSeconds(Integer.getInteger("rampUp", 20));
    private final int accounts = Integer.getInteger("accounts", users);
    private final String password = requiredPassword();

    private final int clientAddresses = Integer.getInteger("clientAddresses", 0);
    private final HttpProtocolBuilder protocol = withClientAddresses(http.baseUrl(baseUrl)
            .acceptLanguageHeader("en")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Ascent load test (Gatling)")
            .check(status().not(500), status().not(502), status().not(503), status().not(504),
                    // Which node answered, when a proxy says so (tools/two-nodes, docker/nginx.conf).
                    header("X-Ascent-Node").optional().saveAs("node")));

    private final ScenarioBuilder hrUser = scenario("HR user")
            .feed(accountsFeeder())
            .exec(signIn(), openPage("programs"))
            .during(duration).on(
                    exec(session -> session.set("walked", false)),
                    exitBlockOnFail().on(think(), walkTheProgram(), exec(session -> session.set("walked", true))),
                    // After a failure (a node gone, a session lost) the user does what a person does:
                    // signs in again and goes on; the failure stays counted in the report.
                    doIf(session -> !session.getBoolean("walked")).then(
                            exec(session -> {
                                System.out.printf("%s user %d (%s, last answered by node %s) failed; signs in again%n",
                                        java.time.Instant.now(), session.userId(), session.getString("email"),
                                        session.contains("node") ? session.getString("node") : "?");
                                return session.markAsSucceeded();
                            }),
                            signIn(), openPage("programs")));

    {
        if (users < 1 || users > 2000 || duration.isNegative() || duration.toSeconds() > 7200) {
            throw new IllegalArgumentException("users must be 1..2000 and duration 0..7200 s");
        }
        setUp(hrUser.injectOpen(rampUsers(users).during(rampUp)))
                .protocols(protocol)
                // Stops by itself: a user busy in a walk when the time is up is stopped too.
                .maxDuration(duration.plus(rampUp).plusSeconds(60))
                .assertions(global().failedRequests().count().is(0L));
    }

    /**
     * Behind a proxy that keeps users on a node by their address, users from different loopback
     * addresses spread over the nodes (Linux answers on all of 127.0.0.0/8).
     */
    private HttpProtocolBuilder withClientAddresses(HttpProtocolBuilder http) {
        return clientAddresses < 1 ? http : http.localAddresses(IntStream.rangeClosed(1, clientAddresses)
                .mapToObj(n -> "127.0." + (1 + n / 250) + "." + (1 + n % 250)).toList());
    }

    /** Refuses any address that is not this machine's: the test never loads somebody else's server. */
    static String loopbackOnly(String url) {
        try {
            String host = URI.create(url).getHost();
            if (host == null || !InetAddress.getByName(host).isLoopbackAddress()) {
                throw new IllegalArgumentException("baseUrl must be a loopback address (127.0.0.1, ::1, localhost): " + url);
            }
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("unknown host in " + url, e);
        }
    }

    private Iterator<Map<String, Object>> accountsFeeder() {
        AtomicInteger next = new AtomicInteger();
        return Stream.generate(() -> Map.<String, Object>of("email",
                "hr" + (next.getAndIncrement() % accounts + 1) + "@loadtest.example")).iterator();
    }

    private static ChainBuilder think() {
        return pause(Duration.ofSeconds(3), Duration.ofSeconds(10));
    }

    private static VaadinUi ui(Session session) {
        return (VaadinUi) session.get("ui");
    }

    /** The login page, then Spring Security's form post with the page's CSRF token. */
    private ChainBuilder signIn() {
        return exec(openPage("login"), think(),
                exec(http("sign in").post("/login")
                        .formParam("username", "#{email}")
                        .formParam("password", password)
                        .formParam("_csrf", "#{csrf}")
                        .disableFollowRedirect()
                        .check(status().is(302),
                                // /login?error, ?locked or ?expired: the sign-in was refused.
                                header("Location").transform(l -> l.matches(".*[?&](error|locked|expired).*")
                                        ? "refused: " + l : VaadinUi.OK).is(VaadinUi.OK))));
    }

    /**
     * A page load, as typing the address: the bootstrap page (with Spring's CSRF token), Vaadin's
     * init request (UI id, security key, push settings), and the client router's first navigation.
     */
    private static ChainBuilder openPage(String route) {
        return exec(session -> session.set("ui", new VaadinUi()))
                .exec(http("page " + route).get("/" + route)
                        .check(status().is(200),
                                regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf"),
                                bodyString().transform(b -> VaadinUi.errorMarker(b) == null ? VaadinUi.OK : "error page")
                                        .is(VaadinUi.OK)))
                .exec(http("init " + route).get("/?v-r=init&location=" + route + "&query=")
                        .header("Content-Type", "application/json")
                        .check(status().is(200), bodyString().transformWithSession((b, s) -> ui(s).applyInit(b))
                                .is(VaadinUi.OK)))
                .exec(uidl("navigate " + route, ui -> List.of(VaadinUi.navigate(route))));
    }

    /**
     * One UIDL round trip: the messages {@code rpcs} computes from the screen as the responses built
     * it, with the security key, sync id and client id; the response is applied to the screen.
     */
    static ChainBuilder uidl(String name, Function<VaadinUi, List<ObjectNode>> rpcs) {
        return uidl(name, rpcs, "", ui -> true);
    }

    /** A UIDL round trip after which the screen must show what {@code expected} says. */
    static ChainBuilder uidl(String name, Function<VaadinUi, List<ObjectNode>> rpcs, String expectation,
                             Predicate<VaadinUi> expected) {
        return uidl(name, (ui, s) -> rpcs.apply(ui), expectation, (ui, s) -> expected.test(ui));
    }

    /** The same, for messages and expectations that depend on what this virtual user did before. */
    static ChainBuilder uidl(String name, BiFunction<VaadinUi, Session, List<ObjectNode>> rpcs, String expectation,
                             BiPredicate<VaadinUi, Session> expected) {
        return exec(http(name).post(s -> "/?v-r=uidl&v-uiId=" + ui(s).uiId())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(s -> ui(s).message(rpcs.apply(ui(s), s))))
                .check(status().is(200), bodyString().transformWithSession((b, s) -> {
                    String outcome = ui(s).apply(b);
                    if (outcome.equals(VaadinUi.OK) && !expected.test(ui(s), s)) {
                        outcome = "screen shows no " + expectation;
                    }
                    if (!outcome.equals(VaadinUi.OK)) {
                        // Gatling's report names only the failed check; this line says what was wrong.
                        System.out.printf("%s user %d (%s) %s: %s%n", java.time.Instant.now(), s.userId(),
                                s.getString("email"), name, outcome);
                    }
                    return outcome;
                }).is(VaadinUi.OK)));
    }

    /** One pass through the program, as an HR user works on it. */
    private ChainBuilder walkTheProgram() {
        ChainBuilder walk = exec(
                uidl("programs", ui -> List.of(VaadinUi.navigate("programs")), "Open button",
                        ui -> ui.button("Open").isPresent()),
                // The program list is a grid; its "Open" button leads to the program's review (its dashboard).
                uidl("open program", ui -> List.of(VaadinUi.click(ui.button("Open")
                                .orElseThrow(() -> new IllegalStateException("no program to open")))),
                        "program review", ui -> ui.has("wizard-back")),
                think());
        for (String step : STEPS) {
            walk = walk.exec(uidl("step " + step,
                    ui -> List.of(VaadinUi.navigate("programs/" + ui.programShown() + "/steps/" + step))));
            walk = switch (step) {
                case "objectives" -> walk.exec(think(),
                        // Titles are unique in a program: every virtual user writes a new one.
                        exec(session -> session.set("objective", "Lead a cross-functional initiative "
                                + java.util.UUID.randomUUID().toString().substring(0, 8))),
                        uidl("add objective: open dialog", ui -> List.of(VaadinUi.click(ui.byId("add-objective"))),
                                "objective dialog", ui -> ui.dialogOpen() && ui.has("objective-title")),
                        think(),
                        uidl("add objective: save", (ui, s) -> Stream.of(
                                VaadinUi.type(ui.byId("objective-title"), s.getString("objective")),
                                VaadinUi.type(ui.byId("objective-description"), "Written by a virtual HR user"),
                                List.of(VaadinUi.click(ui.byId("save-objective")))).flatMap(List::stream).toList(),
                                "saved objective", (ui, s) -> !ui.dialogOpen()
                                        && ui.element(OBJECTIVE_CARD, s.getString("objective")).isPresent()),
                        think(),
                        // It removes what it added, so that the program keeps its size however long
                        // the run: a program of hundreds of objectives would measure another screen.
                        uidl("remove objective: ask", (ui, s) -> List.of(VaadinUi.click(ui.byId("remove-"
                                        + ui.element(OBJECTIVE_CARD, s.getString("objective")).orElseThrow(
                                                () -> new IllegalStateException("no card of the added objective"))
                                        .attribute("id")))),
                                "confirmation", (ui, s) -> ui.dialogOpen() && ui.has("confirm-remove")),
                        uidl("remove objective: confirm", (ui, s) -> List.of(VaadinUi.click(ui.byId("confirm-remove"))),
                                "objectives without the removed one", (ui, s) -> !ui.dialogOpen()
                                        && ui.element(OBJECTIVE_CARD, s.getString("objective")).isEmpty()));
                case "selection" -> walk.exec(think(),
                        uidl("pairs tab", ui -> ui.selectTab("selection-tab-pairs"), "Propose pairs button",
                                ui -> ui.has("run-matching")),
                        uidl("propose pairs", ui -> List.of(VaadinUi.click(ui.byId("run-matching"))),
                                "proposed pairs", ui -> ui.showsText("Why this pair")));
                case "framework" -> walk.exec(think(), uidl("calendar tab", ui -> ui.selectTab("tab-calendar"),
                        "calendar", ui -> ui.showsText("download its calendar")));
                default -> walk;
            };
            walk = walk.exec(think());
        }
        return walk.exec(uidl("review (dashboard)",
                ui -> List.of(VaadinUi.navigate("programs/" + ui.programShown() + "/steps/review"))));
    }

    /** The password the fixture was started with (ASCENT_LOADTEST_PASSWORD); there is no default. */
    private static String requiredPassword() {
        String password = System.getProperty("password", "");
        if (password.isEmpty()) {
            throw new IllegalArgumentException("Pass the fixture's password: -Dpassword=...");
        }
        return password;
    }
}
