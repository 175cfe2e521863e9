package com.ascent.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the browser is told on every response, and what a proxy, another site or a forged header
 * can and cannot do, over real HTTP against the running application. The test client connects
 * from loopback, which is a trusted proxy by default: its forwarded headers are believed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ascent.data-dir=${java.io.tmpdir}/ascent-browser-protection-${random.uuid}")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserProtectionIT {

    static final String EMAIL = "olga.admin@example.com";
    static final String PASSWORD = "violet harbour lantern 42";
    static final Pattern CSRF_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    static final String CLIENT_BEHIND_PROXY = "203.0.113.7";

    @LocalServerPort
    int port;
    @Autowired
    SetupService setup;

    @BeforeAll
    void anOrganizationWithItsAdministrator() {
        setup.createFirstOrganization(new SetupService.FirstRun("Nordwind Logistics", "Olga Admin", EMAIL, PASSWORD));
    }

    @Test
    void everyResponseCarriesThePolicyNosniffAndReferrerPolicyAndTheSessionCookieIsSameSiteLax() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> login = browser.get("/login", Map.of());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .hasValue(BrowserProtection.CONTENT_SECURITY_POLICY);
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).as("plain HTTP").isEmpty();
        String session = sessionCookie(login).orElseThrow();
        assertThat(session).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly")
                .doesNotContainIgnoringCase("Secure");

        for (String path : new String[] {"/", "/actuator/health", "/no-such-page"}) {
            HttpResponse<String> other = browser.get(path, Map.of());
            assertThat(other.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
            assertThat(other.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(other.headers().firstValue("Referrer-Policy")).as(path).isPresent();
        }
    }

    @Test
    void httpsThroughATrustedProxyGivesASecureCookieHstsAndHttpsRedirects() throws Exception {
        Map<String, String> forwarded = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", CLIENT_BEHIND_PROXY);
        Browser browser = new Browser();

        HttpResponse<String> login = browser.get("/login", forwarded);
        assertThat(sessionCookie(login).orElseThrow()).containsIgnoringCase("Secure")
                .containsIgnoringCase("SameSite=Lax");
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).startsWith("max-age=31536000"));
        HttpResponse<String> home = new Browser().get("/", forwarded);
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("https://"));
    }

    @Test
    void aReverseProxyOnTheSameHostDoesNotOpenTheOperatorEndpointsToItsClients() throws Exception {
        Browser local = new Browser();
        assertThat(local.get("/actuator/plugins", Map.of()).statusCode()).as("an operator on the host").isEqualTo(200);
        assertThat(local.get("/actuator/plugins", Map.of("X-Forwarded-For", "127.0.0.1")).statusCode())
                .as("a local client through the proxy").isEqualTo(200);

        for (String endpoint : new String[] {"/actuator/plugins", "/actuator/health"}) {
            HttpResponse<String> remote = new Browser().get(endpoint, Map.of("X-Forwarded-For", CLIENT_BEHIND_PROXY));
            assertThat(remote.statusCode()).as(endpoint).isNotEqualTo(200);
            assertThat(remote.body()).doesNotContain("ascent-step-objectives", "UP");
        }
    }

    @Test
    void forwardedHeadersFromAnAddressThatIsNoTrustedProxyAreIgnored() throws Exception {
        InetAddress own = nonLoopbackAddress();
        Assumptions.assumeTrue(own != null, "this machine has no address besides loopback");

        String plugins = rawGet(own, "/actuator/plugins", "X-Forwarded-For: 127.0.0.1\r\nX-Forwarded-Proto: https\r\n");
        assertThat(statusOf(plugins)).as("a forged loopback address").isNotEqualTo(200);
        assertThat(plugins).doesNotContain("ascent-step-objectives");
        String login = rawGet(own, "/login", "X-Forwarded-Proto: https\r\n");
        assertThat(statusOf(login)).isEqualTo(200);
        assertThat(login).doesNotContainIgnoringCase("Strict-Transport-Security");
    }

    @Test
    void anotherSiteCannotSignABrowserInWithoutTheLoginPagesToken() throws Exception {
        Browser victim = new Browser();
        victim.get("/login", Map.of());
        HttpResponse<String> forged = victim.post("/login", Map.of("username", EMAIL, "password", PASSWORD),
                Map.of("Origin", "https://evil.example"));
        assertThat(forged.statusCode()).isIn(302, 403);
        forged.headers().firstValue("Location").ifPresent(l -> assertThat(l).doesNotEndWith(":" + port + "/"));
        assertThat(victim.get("/", Map.of()).statusCode()).as("still signed out").isEqualTo(302);

        Browser user = new Browser();
        HttpResponse<String> signedIn = user.post("/login",
                Map.of("username", EMAIL, "password", PASSWORD, "_csrf", user.csrfToken("/login")), Map.of());
        assertThat(signedIn.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/");
        assertThat(user.get("/", Map.of()).statusCode()).isEqualTo(200);
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst();
    }

    private static InetAddress nonLoopbackAddress() throws IOException {
        return NetworkInterface.networkInterfaces().filter(i -> {
                    try {
                        return i.isUp() && !i.isLoopback();
                    } catch (IOException e) {
                        return false;
                    }
                }).flatMap(NetworkInterface::inetAddresses).filter(Inet4Address.class::isInstance)
                .findFirst().orElse(null);
    }

    /** A GET sent from {@code own} to the application on {@code own}: the server sees that address as the client. */
    private String rawGet(InetAddress own, String path, String headers) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(own, 0));
            socket.connect(new InetSocketAddress(own, port), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + own.getHostAddress() + ":" + port + "\r\n" + headers
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static int statusOf(String rawResponse) {
        return Integer.parseInt(rawResponse.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
    }

    /** A browser without JavaScript: keeps its cookies, follows no redirect. */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
            headers.forEach(request::header);
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> headers)
                throws IOException, InterruptedException {
            String body = form.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        String csrfToken(String page) throws IOException, InterruptedException {
            Matcher token = CSRF_TOKEN.matcher(get(page, Map.of()).body());
            assertThat(token.find()).as("a CSRF token on " + page).isTrue();
            return token.group(1);
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
