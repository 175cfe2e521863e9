package com.ascent.app.calendar;

import static com.ascent.app.db.Tables.CALENDAR_FEED;

import com.ascent.app.db.Routines;
import com.ascent.plugin.api.calendar.CalendarFeed;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Live calendar feeds, by the hash of their secret token: the token itself is never stored. */
@Repository
class CalendarFeedRepository {

    /** Which feed a token opens: its organization, program and member (null for the whole program). */
    record LiveFeed(UUID organizationId, UUID programId, @Nullable UUID memberId) {
    }

    private final DSLContext dsl;

    CalendarFeedRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    CalendarFeed insert(UUID organizationId, UUID programId, @Nullable UUID memberId, byte[] tokenHash) {
        return dsl.insertInto(CALENDAR_FEED)
                .set(CALENDAR_FEED.ID, UUID.randomUUID())
                .set(CALENDAR_FEED.ORGANIZATION_ID, organizationId)
                .set(CALENDAR_FEED.PROGRAM_ID, programId)
                .set(CALENDAR_FEED.MEMBER_ID, memberId)
                .set(CALENDAR_FEED.TOKEN_HASH, tokenHash)
                .returning(CALENDAR_FEED.ID, CALENDAR_FEED.MEMBER_ID, CALENDAR_FEED.CREATED_AT)
                .fetchSingle(r -> new CalendarFeed(r.getId(), r.getMemberId(), r.getCreatedAt().toInstant(), null));
    }

    /** The program's feeds that are not revoked, newest first. */
    List<CalendarFeed> live(UUID organizationId, UUID programId) {
        return dsl.select(CALENDAR_FEED.ID, CALENDAR_FEED.MEMBER_ID, CALENDAR_FEED.CREATED_AT).from(CALENDAR_FEED)
                .where(CALENDAR_FEED.ORGANIZATION_ID.eq(organizationId).and(CALENDAR_FEED.PROGRAM_ID.eq(programId))
                        .and(CALENDAR_FEED.REVOKED_AT.isNull()))
                .orderBy(CALENDAR_FEED.CREATED_AT.desc(), CALENDAR_FEED.ID)
                .fetch(r -> new CalendarFeed(r.value1(), r.value2(), r.value3().toInstant(), null));
    }

    /** Revokes a live feed of the program; false when there is none with that id. */
    boolean revoke(UUID organizationId, UUID programId, UUID id) {
        return dsl.update(CALENDAR_FEED)
                .set(CALENDAR_FEED.REVOKED_AT, OffsetDateTime.now())
                .set(CALENDAR_FEED.VERSION, CALENDAR_FEED.VERSION.plus(1))
                .where(CALENDAR_FEED.ORGANIZATION_ID.eq(organizationId).and(CALENDAR_FEED.PROGRAM_ID.eq(programId))
                        .and(CALENDAR_FEED.ID.eq(id)).and(CALENDAR_FEED.REVOKED_AT.isNull()))
                .execute() == 1;
    }

    /**
     * The live feed a token hash opens, looked up before any organization is known (a calendar
     * application signs in nowhere), through the database function that may see every organization's
     * feeds and tells only this.
     */
    Optional<LiveFeed> find(byte[] tokenHash) {
        return dsl.selectFrom(Routines.liveCalendarFeed(tokenHash))
                .fetchOptional(r -> new LiveFeed(r.getOrganizationId(), r.getProgramId(), r.getMemberId()));
    }
}
