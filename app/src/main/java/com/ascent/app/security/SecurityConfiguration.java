package com.ascent.app.security;

import com.ascent.app.security.SignInAuthenticationProvider.SignInBlockedException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import com.ascent.app.security.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Sign-in through Vaadin's login view, roles per organization (an administrator can do what HR
 * does, HR what a viewer does), and the operator endpoints {@code /actuator/health} and
 * {@code /actuator/plugins} open without sign-in to the configured addresses only (loopback by
 * default; behind a reverse proxy, the client address a trusted proxy forwards). Every request
 * re-reads the signed-in user's memberships, so that a changed role or a removal takes effect at
 * once. Security headers and CSRF: {@link BrowserProtection}. Sign-in is throttled
 * ({@link SignInAuthenticationProvider}); a blocked attempt returns to {@code /login?locked}, a wrong
 * password to {@code /login?error}, the right but expired temporary password of an administrator's
 * reset to {@code /login?expired}. Sessions end by their time limits, whatever open tabs keep
 * sending ({@link SessionLifetimeFilter}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties({SignInLimits.class, SessionLimits.class})
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http,
                                            @Value("${ascent.operator.allowed-addresses}") List<String> operatorAddresses,
                                            AscentUserDetailsService users, RequestUtil vaadinRequests,
                                            SessionLimits sessionLimits)
            throws Exception {
        RequestMatcher operatorRequest = new AndRequestMatcher(EndpointRequest.to("health", "plugins"),
                fromAnyOf(operatorAddresses));
        http.authorizeHttpRequests(auth -> auth.requestMatchers(operatorRequest).permitAll());
        // Live calendar feeds: calendar applications sign in nowhere; the secret token in the address
        // is the key, checked by the feed itself (CalendarFeedController), which reads only its calendar.
        http.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/calendar-feeds/*")
                .permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false));
        // The login page is named here too: without it, Spring Security would serve its own generated one.
        http.formLogin(form -> form.loginPage("/login").failureHandler(signInFailureHandler()));
        BrowserProtection.apply(http, vaadinRequests);
        // An ended session is ended before anything else looks at its sign-in.
        http.addFilterBefore(new SessionLifetimeFilter(new SessionLifetime(sessionLimits), Clock.systemUTC()),
                AuthorizationFilter.class);
        http.addFilterBefore(new MembershipRefreshFilter(users), AuthorizationFilter.class);
        return http.build();
    }

    private static ExceptionMappingAuthenticationFailureHandler signInFailureHandler() {
        var handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error");
        handler.setExceptionMappings(Map.of(SignInBlockedException.class.getName(), "/login?locked",
                CredentialsExpiredException.class.getName(), "/login?expired"));
        return handler;
    }

    private static RequestMatcher fromAnyOf(List<String> addresses) {
        List<IpAddressMatcher> matchers = addresses.stream().map(String::trim).map(IpAddressMatcher::new).toList();
        return request -> matchers.stream().anyMatch(m -> m.matches(request.getRemoteAddr()));
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_HR
                ROLE_HR > ROLE_VIEWER
                """);
    }

    /**
     * New passwords are hashed with Argon2 (bcrypt would silently stop at 72 bytes, and the password
     * policy allows longer passphrases); hashes made earlier with bcrypt are still recognised.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        String argon2 = "argon2@SpringSecurity_v5_8";
        return new DelegatingPasswordEncoder(argon2, Map.of(
                argon2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }
}
