package com.ascent.app.security;

import com.vaadin.flow.spring.security.RequestUtil;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * What every response tells the browser, and which posts need a CSRF token.
 *
 * <p>The Content-Security-Policy allows only Ascent's own origin. What Vaadin's production bundle
 * needs beyond that, and why:
 * <ul>
 * <li>{@code script-src 'unsafe-inline'}: the bootstrap page carries inline scripts (the
 * {@code window.Vaadin} set-up and the initial UI state, different on every page), and Vaadin
 * supports neither nonces nor hashes for them;</li>
 * <li>{@code script-src 'unsafe-eval'}: Flow's client runs the server's {@code executeJs} calls and
 * property bindings through {@code new Function(...)};</li>
 * <li>{@code style-src 'unsafe-inline'}: the Lumo theme and the components inject {@code <style>}
 * elements and set {@code style} attributes (sizes, widths, grid columns);</li>
 * <li>{@code img-src data: blob:} and {@code font-src data:}: icons and small images that the
 * components inline as data URIs, and images served from memory.</li>
 * </ul>
 * Everything else is closed: no plugins ({@code object-src 'none'}), no framing
 * ({@code frame-ancestors 'none'}), forms and base URLs to Ascent only. Vaadin's requests
 * (UIDL, heartbeat, uploads) go to {@code connect-src 'self'}.
 */
final class BrowserProtection {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private BrowserProtection() {
    }

    /**
     * Security headers on every response (HSTS only on HTTPS, which includes a request a trusted
     * proxy forwarded as HTTPS), and CSRF tokens required on every form post, the login form
     * included: Vaadin's own configuration exempts the login page, which let another site sign a
     * browser in to an account of the attacker's choosing. Vaadin's internal requests keep their
     * own protection (a per-UI security key), as Vaadin configures it.
     */
    static void apply(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        http.headers(headers -> headers
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    // Vaadin's pages are forwarded to its servlet, which commits the response on
                    // its own: headers written "on commit" would never reach a page.
                    @Override
                    public <F extends HeaderWriterFilter> F postProcess(F filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
    }
}
