package com.ascent.app.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The absolute address people reach Ascent at, for links that leave the application (e-mails,
 * calendar feeds): {@code ascent.public-url}, else the address of the current request, else (in
 * background work without a request) {@code http://localhost:<server.port>}.
 */
@Component
public class PublicAddress {

    private final String publicUrl;
    private final String fallback;

    PublicAddress(@Value("${ascent.public-url:}") String publicUrl, @Value("${server.port:8080}") int port) {
        this.publicUrl = withoutTrailingSlash(publicUrl.strip());
        this.fallback = "http://localhost:" + port;
    }

    /** The absolute URL of {@code path} (e.g. {@code "my-program"} or {@code "/calendar-feeds/x.ics"}). */
    public String link(String path) {
        return base() + (path.startsWith("/") ? path : "/" + path);
    }

    private String base() {
        if (!publicUrl.isEmpty()) {
            return publicUrl;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes) {
            return withoutTrailingSlash(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        }
        return fallback;
    }

    private static String withoutTrailingSlash(String url) {
        return url.replaceAll("/+$", "");
    }
}
