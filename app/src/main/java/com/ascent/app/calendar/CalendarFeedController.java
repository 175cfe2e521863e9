package com.ascent.app.calendar;

import com.ascent.app.calendar.CalendarFeedRepository.LiveFeed;
import com.ascent.app.database.OrganizationScope;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves live calendar feeds at {@code /calendar-feeds/{token}.ics}, without sign-in: the token is
 * the only key. The feed is read in its organization with a viewer's rights only, so a token can
 * read its calendar and nothing else; an unknown or revoked token gets 404, like any missing page.
 */
@RestController
class CalendarFeedController {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeedService feeds;
    private final ProgramCalendarService calendar;

    CalendarFeedController(CalendarFeedService feeds, ProgramCalendarService calendar) {
        this.feeds = feeds;
        this.calendar = calendar;
    }

    @GetMapping(CalendarFeedService.PATH + "{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token, HttpServletRequest request) {
        Optional<LiveFeed> feed = feeds.open(token);
        if (feed.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        LiveFeed live = feed.get();
        Locale locale = "pl".equals(request.getLocale().getLanguage()) ? Locale.forLanguageTag("pl") : Locale.ENGLISH;
        String ics = asFeedReader(live, () -> OrganizationScope.callAs(live.organizationId(),
                () -> live.memberId() == null ? calendar.icsForProgram(live.programId(), locale)
                        : calendar.icsForMember(live.programId(), live.memberId(), locale)));
        // Calendar applications poll: they must fetch the feed again rather than keep a stale copy.
        return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore()).body(ics);
    }

    /** Runs {@code work} with a viewer's rights, as the feed, whatever else the request carries. */
    private static String asFeedReader(LiveFeed feed, java.util.function.Supplier<String> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("calendar-feed:" + feed.programId(), null,
                List.of(new SimpleGrantedAuthority("ROLE_VIEWER"))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
