package com.ascent.app.calendar;

import com.ascent.app.calendar.CalendarFeedRepository.LiveFeed;
import com.ascent.app.database.OrganizationScope;
import com.ascent.app.mail.PublicAddress;
import com.ascent.app.roster.ProgramRosterService;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.calendar.CalendarFeed;
import com.ascent.plugin.api.roster.RosterMember;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live calendar feeds: secret addresses, per roster member or per program, that calendar
 * applications poll without signing in. The token is 256 random bits, shown once when the feed is
 * made; only its SHA-256 hash is stored, so a copy of the database opens no feed. Revoking a feed
 * makes its address answer nothing.
 */
@Service
public class CalendarFeedService {

    /** Where feeds are served; the token and ".ics" follow. */
    public static final String PATH = "/calendar-feeds/";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarFeedRepository feeds;
    private final CalendarRepository calendar;
    private final ProgramRosterService roster;
    private final OrganizationScope organization;
    private final PublicAddress publicAddress;

    CalendarFeedService(CalendarFeedRepository feeds, CalendarRepository calendar, ProgramRosterService roster,
                        OrganizationScope organization, PublicAddress publicAddress) {
        this.feeds = feeds;
        this.calendar = calendar;
        this.roster = roster;
        this.organization = organization;
        this.publicAddress = publicAddress;
    }

    /** Makes a feed of a roster member's events, or of the whole program ({@code memberId} null), with its address. */
    @Transactional
    @RolesAllowed("HR")
    public CalendarFeed create(UUID programId, @Nullable UUID memberId) {
        UUID org = requireProgram(programId);
        if (memberId != null && roster.members(programId).stream().map(RosterMember::id).noneMatch(memberId::equals)) {
            throw new ConcurrentEditException("calendar.error.gone");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        CalendarFeed feed = feeds.insert(org, programId, memberId, hash(token));
        return new CalendarFeed(feed.id(), feed.memberId(), feed.createdAt(), publicAddress.link(PATH + token + ".ics"));
    }

    /** The program's feeds that are not revoked, newest first (their addresses are not kept). */
    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<CalendarFeed> feeds(UUID programId) {
        return feeds.live(requireProgram(programId), programId);
    }

    @Transactional
    @RolesAllowed("HR")
    public void revoke(UUID programId, UUID feedId) {
        if (!feeds.revoke(requireProgram(programId), programId, feedId)) {
            throw new ConcurrentEditException("calendar.error.feedGone");
        }
    }

    /**
     * The live feed a token opens, asked without an organization (whoever holds the address may read
     * the feed; nothing else). Empty for an unknown or revoked token.
     */
    @Transactional(readOnly = true)
    public Optional<LiveFeed> open(String token) {
        return feeds.find(hash(token));
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private UUID requireProgram(UUID programId) {
        UUID org = organization.require();
        if (!calendar.programExists(org, programId)) {
            throw new ConcurrentEditException("calendar.error.programGone");
        }
        return org;
    }
}
