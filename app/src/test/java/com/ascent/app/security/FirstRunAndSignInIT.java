package com.ascent.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.ascent.app.program.ui.ProgramsView;
import com.ascent.app.security.ui.LoginView;
import com.ascent.app.security.ui.SetupView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A new installation as its first user meets it, over real HTTP on its own fresh database: the
 * first page leads to setup, setup creates the organization and its administrator exactly once,
 * sign-in needs the right password, there is no default account, sign-out ends the session,
 * sessions have their time limits, and the operator endpoints answer loopback only.
 *
 * <p>The tests run in order: the first ones see the empty installation that setup then fills.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ascent.data-dir=${java.io.tmpdir}/ascent-first-run-${random.uuid}")
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstRunAndSignInIT extends SpringBrowserlessTest {

    static final String ADMIN_EMAIL = "ana.kowalska@example.com";
    static final String ADMIN_PASSWORD = "a long first password";
    static final Pattern CSRF_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    SetupService setup;
    @Autowired
    WebApplicationContext web;
    @Autowired
    ServletContext servletContext;
    @Autowired
    SessionLimits sessionLimits;

    @Test
    @Order(1)
    void anEmptyInstallationLeadsTheFirstVisitorToSetupAndHasNoDefaultAccount() throws Exception {
        assertThat(setup.isSetupNeeded()).isTrue();
        Browser browser = new Browser();
        HttpResponse<String> first = browser.get("/");
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        UI.getCurrent().navigate(ProgramsView.class);
        assertThat(getCurrentView()).as("the login page forwards to setup").isInstanceOf(SetupView.class);

        assertThat(browser.signIn("admin", "admin")).endsWith("/login?error");
        assertThat(browser.signIn("admin@example.com", "admin")).endsWith("/login?error");
    }

    @Test
    @Order(2)
    void setupCreatesTheOrganizationAndItsAdministratorOnce() {
        navigate(SetupView.class);
        test($(TextField.class).withLabel("Organization name").single()).setValue("Nordwind Logistics");
        test($(TextField.class).withLabel("Your name").single()).setValue("Ana Kowalska");
        test($(EmailField.class).withLabel("Your work e-mail").single()).setValue(ADMIN_EMAIL);
        test($(PasswordField.class).withLabel("Password").single()).setValue(ADMIN_PASSWORD);
        test($(PasswordField.class).withLabel("Repeat password").single()).setValue(ADMIN_PASSWORD);
        test($(Button.class).withText("Create organization").single()).click();

        assertThat(setup.isSetupNeeded()).isFalse();
        UI.getCurrent().navigate(SetupView.class);
        assertThat(getCurrentView()).as("setup is closed").isInstanceOf(LoginView.class);
        assertThatThrownBy(() -> setup.createFirstOrganization(new SetupService.FirstRun("Intruder Inc",
                "Mallory", "mallory@example.com", "a long intruder password")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @Order(3)
    void theAdministratorSignsInWithTheRightPasswordOnly() throws Exception {
        Browser wrong = new Browser();
        assertThat(wrong.signIn(ADMIN_EMAIL, ADMIN_PASSWORD + "!")).endsWith("/login?error");
        assertThat(wrong.get("/").statusCode()).as("still signed out").isEqualTo(302);

        Browser right = new Browser();
        assertThat(right.signIn(ADMIN_EMAIL, ADMIN_PASSWORD)).isEqualTo("http://localhost:" + port + "/");
        assertThat(right.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(4)
    void thereIsNoDefaultAccount() throws Exception {
        for (var credentials : Map.of("admin", "admin", "admin@example.com", "admin", "admin@ascent.local", "admin",
                "administrator", "password", "root", "root").entrySet()) {
            Browser browser = new Browser();
            assertThat(browser.signIn(credentials.getKey(), credentials.getValue())).as(credentials.getKey())
                    .endsWith("/login?error");
        }
    }

    @Test
    @Order(5)
    void signingOutEndsTheSession() throws Exception {
        Browser browser = new Browser();
        browser.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        HttpResponse<String> logout = browser.post("/logout", Map.of("_csrf", browser.csrfToken("/")));

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void sessionsEndAfterThirtyMinutesWithoutActivityAndTwelveHoursAfterSignIn() {
        assertThat(sessionLimits).isEqualTo(new SessionLimits(Duration.ofMinutes(30), Duration.ofMinutes(1),
                Duration.ofHours(12)));
        assertThat(servletContext.getSessionTimeout()).as("a session whose tabs were closed, in minutes").isEqualTo(30);
        // That open tabs do not keep a session alive: SessionLifetimeFilterTest, SessionTimeoutIT.
    }

    @Test
    void theOperatorEndpointsAnswerLoopbackWithoutSignIn() throws Exception {
        Browser operator = new Browser();
        HttpResponse<String> health = operator.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        HttpResponse<String> plugins = operator.get("/actuator/plugins");
        assertThat(plugins.statusCode()).isEqualTo(200);
        assertThat(plugins.body()).contains("\"id\":\"ascent-step-objectives\"").contains("\"state\":\"STARTED\"");
    }

    @Test
    void theOperatorEndpointsRefuseOtherAddresses() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        for (String endpoint : new String[] {"/actuator/health", "/actuator/plugins"}) {
            assertThat(fromAddress(mvc, endpoint, "127.0.0.1").getResponse().getStatus()).isEqualTo(200);
            assertThat(fromAddress(mvc, endpoint, "::1").getResponse().getStatus()).isEqualTo(200);
            MvcResult remote = fromAddress(mvc, endpoint, "10.1.2.3");
            assertThat(remote.getResponse().getStatus()).as(endpoint).isNotEqualTo(200);
            assertThat(remote.getResponse().getContentAsString()).doesNotContain("ascent-step-objectives", "UP");
        }
    }

    private static MvcResult fromAddress(MockMvc mvc, String endpoint, String address) throws Exception {
        return mvc.perform(get(endpoint).with(request -> {
            request.setRemoteAddr(address);
            return request;
        })).andReturn();
    }

    /** A browser without JavaScript: keeps its cookies, follows no redirect, posts forms with their CSRF token. */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The CSRF token a page of Ascent hands to its forms. */
        String csrfToken(String page) throws IOException, InterruptedException {
            Matcher token = CSRF_TOKEN.matcher(get(page).body());
            assertThat(token.find()).as("a CSRF token on " + page).isTrue();
            return token.group(1);
        }

        /** Submits the login form as the login page does; returns where Ascent sends the browser next. */
        String signIn(String email, String password) throws IOException, InterruptedException {
            HttpResponse<String> response = post("/login",
                    Map.of("username", email, "password", password, "_csrf", csrfToken("/login")));
            assertThat(response.statusCode()).isEqualTo(302);
            return response.headers().firstValue("Location").orElseThrow();
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
