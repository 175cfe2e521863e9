package com.ascent.app.mail;

import static com.ascent.app.db.Tables.ACTION_ITEM;
import static com.ascent.app.db.Tables.APP_USER;
import static com.ascent.app.db.Tables.CALENDAR_EVENT;
import static com.ascent.app.db.Tables.MEMBERSHIP;
import static com.ascent.app.db.Tables.ORGANIZATION;
import static com.ascent.app.db.Tables.PAIR;
import static com.ascent.app.db.Tables.PERSON;
import static com.ascent.app.db.Tables.PROGRAM;
import static com.ascent.app.db.Tables.REMINDER_OPT_OUT;
import static com.ascent.app.db.Tables.REMINDER_SETTINGS;
import static com.ascent.app.db.Tables.ROSTER_MEMBER;

import com.ascent.app.db.Routines;
import com.ascent.app.db.tables.Person;
import com.ascent.app.db.tables.RosterMember;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Reminder settings, opt-outs, and the questions the reminder rules ask of the program model. */
@Repository
class ReminderRepository {

    /** An organization the daily run works for, with the zone its "today" is in. */
    record OrganizationToRemind(UUID id, ZoneId zone) {
    }

    /** One attendee of a session: whom to write to, with the other person of the pair. */
    record SessionAttendee(UUID eventId, Instant startsAt, String programName, String email, String name,
                           String otherName) {
    }

    /** An open action item past its due date, with its owner found among the session's pair. */
    record OverdueItem(UUID itemId, String description, LocalDate dueDate, String programName, String email,
                       String name) {
    }

    /** A confirmed pair of a running program without a held session since {@code lastHeld} (null: never). */
    record StalledPairRow(UUID programId, String programName, UUID pairId, String hipoName, String guideName,
                          @Nullable LocalDate lastHeld) {
    }

    /** An HR user or administrator of the organization. */
    record Staff(UUID userId, String email, String name) {
    }

    private final DSLContext dsl;

    ReminderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<OrganizationToRemind> organizationsToRemind() {
        return dsl.selectFrom(Routines.organizationsForReminders())
                .fetch(r -> new OrganizationToRemind(r.get(0, UUID.class), ZoneId.of(r.get(1, String.class))));
    }

    Optional<ReminderSettings> settings(UUID organizationId) {
        var s = REMINDER_SETTINGS;
        return dsl.select(s.SESSION_SOON, s.SESSION_SOON_DAYS, s.ACTION_ITEM_OVERDUE, s.FEEDBACK_AWAITED,
                        s.FEEDBACK_FIRST_DAYS, s.FEEDBACK_SECOND_DAYS, s.PAIR_STALLED, s.PAIR_STALLED_WEEKS, s.VERSION)
                .from(s).where(s.ORGANIZATION_ID.eq(organizationId))
                .fetchOptional(r -> {
                    Set<ReminderKind> on = EnumSet.noneOf(ReminderKind.class);
                    if (r.value1()) {
                        on.add(ReminderKind.SESSION_SOON);
                    }
                    if (r.value3()) {
                        on.add(ReminderKind.ACTION_ITEM_OVERDUE);
                    }
                    if (r.value4()) {
                        on.add(ReminderKind.FEEDBACK_AWAITED);
                    }
                    if (r.value7()) {
                        on.add(ReminderKind.PAIR_STALLED);
                    }
                    return new ReminderSettings(on, r.value2(), r.value5(), r.value6(), r.value8(), r.value9());
                });
    }

    /** Saves the settings if nobody saved them since {@code settings.version()} was read (0: never saved). */
    boolean save(UUID organizationId, ReminderSettings settings) {
        var s = REMINDER_SETTINGS;
        if (settings.version() == 0) {
            return dsl.insertInto(s)
                    .set(s.ORGANIZATION_ID, organizationId)
                    .set(s.SESSION_SOON, settings.isOn(ReminderKind.SESSION_SOON))
                    .set(s.SESSION_SOON_DAYS, (short) settings.sessionSoonDays())
                    .set(s.ACTION_ITEM_OVERDUE, settings.isOn(ReminderKind.ACTION_ITEM_OVERDUE))
                    .set(s.FEEDBACK_AWAITED, settings.isOn(ReminderKind.FEEDBACK_AWAITED))
                    .set(s.FEEDBACK_FIRST_DAYS, (short) settings.feedbackFirstDays())
                    .set(s.FEEDBACK_SECOND_DAYS, (short) settings.feedbackSecondDays())
                    .set(s.PAIR_STALLED, settings.isOn(ReminderKind.PAIR_STALLED))
                    .set(s.PAIR_STALLED_WEEKS, (short) settings.pairStalledWeeks())
                    .onConflictDoNothing()
                    .execute() == 1;
        }
        return dsl.update(s)
                .set(s.SESSION_SOON, settings.isOn(ReminderKind.SESSION_SOON))
                .set(s.SESSION_SOON_DAYS, (short) settings.sessionSoonDays())
                .set(s.ACTION_ITEM_OVERDUE, settings.isOn(ReminderKind.ACTION_ITEM_OVERDUE))
                .set(s.FEEDBACK_AWAITED, settings.isOn(ReminderKind.FEEDBACK_AWAITED))
                .set(s.FEEDBACK_FIRST_DAYS, (short) settings.feedbackFirstDays())
                .set(s.FEEDBACK_SECOND_DAYS, (short) settings.feedbackSecondDays())
                .set(s.PAIR_STALLED, settings.isOn(ReminderKind.PAIR_STALLED))
                .set(s.PAIR_STALLED_WEEKS, (short) settings.pairStalledWeeks())
                .set(s.VERSION, s.VERSION.plus(1))
                .where(s.ORGANIZATION_ID.eq(organizationId).and(s.VERSION.eq(settings.version())))
                .execute() == 1;
    }

    /** Whether the organization exists (and is the current one, under row-level security). */
    boolean organizationVisible(UUID organizationId) {
        return dsl.fetchExists(ORGANIZATION, ORGANIZATION.ID.eq(organizationId));
    }

    /** The current organization's secret for signing opt-out links (made on first use). */
    byte[] optOutSecret() {
        return dsl.select(Routines.reminderOptOutSecret()).fetchSingle().value1();
    }

    /** The lower-case e-mails that opted out of {@code kind}. */
    Set<String> optedOut(UUID organizationId, ReminderKind kind) {
        return new HashSet<>(dsl.select(REMINDER_OPT_OUT.EMAIL).from(REMINDER_OPT_OUT)
                .where(REMINDER_OPT_OUT.ORGANIZATION_ID.eq(organizationId).and(REMINDER_OPT_OUT.KIND.eq(kind.name())))
                .fetch(r -> r.value1()));
    }

    boolean isOptedOut(UUID organizationId, String email, ReminderKind kind) {
        return dsl.fetchExists(REMINDER_OPT_OUT, REMINDER_OPT_OUT.ORGANIZATION_ID.eq(organizationId)
                .and(REMINDER_OPT_OUT.EMAIL.eq(email.toLowerCase(Locale.ROOT)))
                .and(REMINDER_OPT_OUT.KIND.eq(kind.name())));
    }

    void optOut(UUID organizationId, String email, ReminderKind kind) {
        dsl.insertInto(REMINDER_OPT_OUT)
                .set(REMINDER_OPT_OUT.ID, UUID.randomUUID())
                .set(REMINDER_OPT_OUT.ORGANIZATION_ID, organizationId)
                .set(REMINDER_OPT_OUT.EMAIL, email.toLowerCase(Locale.ROOT))
                .set(REMINDER_OPT_OUT.KIND, kind.name())
                .onConflictDoNothing()
                .execute();
    }

    /** Both people of each pair with a planned session starting in [from, to), in running programs. */
    List<SessionAttendee> sessionAttendees(UUID organizationId, Instant from, Instant to) {
        RosterMember me = ROSTER_MEMBER.as("me");
        RosterMember other = ROSTER_MEMBER.as("other");
        Person myPerson = PERSON.as("my_person");
        Person otherPerson = PERSON.as("other_person");
        Field<String> email = DSL.coalesce(myPerson.EMAIL, me.EXTERNAL_EMAIL);
        return dsl.select(CALENDAR_EVENT.ID, CALENDAR_EVENT.STARTS_AT, PROGRAM.NAME, email,
                        DSL.coalesce(myPerson.FULL_NAME, me.EXTERNAL_NAME),
                        DSL.coalesce(otherPerson.FULL_NAME, other.EXTERNAL_NAME))
                .from(CALENDAR_EVENT)
                .join(PROGRAM).on(PROGRAM.ID.eq(CALENDAR_EVENT.PROGRAM_ID).and(PROGRAM.STATE.eq("RUNNING")))
                .join(PAIR).on(PAIR.ID.eq(CALENDAR_EVENT.PAIR_ID))
                .join(me).on(me.ID.in(PAIR.HIPO_MEMBER_ID, PAIR.GUIDE_MEMBER_ID))
                .join(other).on(other.ID.in(PAIR.HIPO_MEMBER_ID, PAIR.GUIDE_MEMBER_ID).and(other.ID.ne(me.ID)))
                .leftJoin(myPerson).on(myPerson.ID.eq(me.PERSON_ID))
                .leftJoin(otherPerson).on(otherPerson.ID.eq(other.PERSON_ID))
                .where(CALENDAR_EVENT.ORGANIZATION_ID.eq(organizationId)
                        .and(CALENDAR_EVENT.KIND.eq("SESSION")).and(CALENDAR_EVENT.STATUS.eq("PLANNED"))
                        .and(CALENDAR_EVENT.STARTS_AT.ge(utc(from))).and(CALENDAR_EVENT.STARTS_AT.lt(utc(to)))
                        .and(DSL.coalesce(email, "").ne("")))
                .orderBy(CALENDAR_EVENT.STARTS_AT, CALENDAR_EVENT.ID, me.ID)
                .fetch(r -> new SessionAttendee(r.value1(), r.value2().toInstant(), r.value3(), r.value4(),
                        r.value5(), r.value6()));
    }

    /**
     * Open action items due before {@code today} in running programs, with their owner: the person of
     * the session's pair whose name the item names (owners are kept by name).
     */
    List<OverdueItem> overdueActionItems(UUID organizationId, LocalDate today) {
        RosterMember owner = ROSTER_MEMBER.as("owner");
        Person ownerPerson = PERSON.as("owner_person");
        Field<String> name = DSL.coalesce(ownerPerson.FULL_NAME, owner.EXTERNAL_NAME);
        Field<String> email = DSL.coalesce(ownerPerson.EMAIL, owner.EXTERNAL_EMAIL);
        return dsl.select(ACTION_ITEM.ID, ACTION_ITEM.DESCRIPTION, ACTION_ITEM.DUE_DATE, PROGRAM.NAME, email, name)
                .from(ACTION_ITEM)
                .join(CALENDAR_EVENT).on(CALENDAR_EVENT.ID.eq(ACTION_ITEM.EVENT_ID))
                .join(PROGRAM).on(PROGRAM.ID.eq(CALENDAR_EVENT.PROGRAM_ID).and(PROGRAM.STATE.eq("RUNNING")))
                .join(PAIR).on(PAIR.ID.eq(CALENDAR_EVENT.PAIR_ID))
                .join(owner).on(owner.ID.in(PAIR.HIPO_MEMBER_ID, PAIR.GUIDE_MEMBER_ID))
                .leftJoin(ownerPerson).on(ownerPerson.ID.eq(owner.PERSON_ID))
                .where(ACTION_ITEM.ORGANIZATION_ID.eq(organizationId).and(ACTION_ITEM.STATUS.eq("OPEN"))
                        .and(ACTION_ITEM.DUE_DATE.lt(today))
                        .and(DSL.lower(DSL.trim(name)).eq(DSL.lower(DSL.trim(ACTION_ITEM.OWNER_NAME))))
                        .and(DSL.coalesce(email, "").ne("")))
                .orderBy(ACTION_ITEM.DUE_DATE, ACTION_ITEM.ID)
                .fetch(r -> new OverdueItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /**
     * Confirmed pairs of running programs that started by {@code since} and have held no session since
     * then (from {@code since} on).
     */
    List<StalledPairRow> pairsWithoutHeldSessionSince(UUID organizationId, Instant since, LocalDate sinceDate) {
        RosterMember hipo = ROSTER_MEMBER.as("hipo");
        RosterMember guide = ROSTER_MEMBER.as("guide");
        Person hipoPerson = PERSON.as("hipo_person");
        Person guidePerson = PERSON.as("guide_person");
        var held = CALENDAR_EVENT.as("held");
        Field<OffsetDateTime> lastHeld = DSL.field(DSL.select(DSL.max(held.STARTS_AT)).from(held)
                .where(held.PAIR_ID.eq(PAIR.ID).and(held.KIND.eq("SESSION")).and(held.STATUS.eq("HELD"))));
        return dsl.select(PROGRAM.ID, PROGRAM.NAME, PAIR.ID, DSL.coalesce(hipoPerson.FULL_NAME, hipo.EXTERNAL_NAME),
                        DSL.coalesce(guidePerson.FULL_NAME, guide.EXTERNAL_NAME), lastHeld)
                .from(PAIR)
                .join(PROGRAM).on(PROGRAM.ID.eq(PAIR.PROGRAM_ID).and(PROGRAM.STATE.eq("RUNNING"))
                        .and(PROGRAM.START_DATE.le(sinceDate)))
                .join(hipo).on(hipo.ID.eq(PAIR.HIPO_MEMBER_ID))
                .join(guide).on(guide.ID.eq(PAIR.GUIDE_MEMBER_ID))
                .leftJoin(hipoPerson).on(hipoPerson.ID.eq(hipo.PERSON_ID))
                .leftJoin(guidePerson).on(guidePerson.ID.eq(guide.PERSON_ID))
                .where(PAIR.ORGANIZATION_ID.eq(organizationId).and(PAIR.STATUS.eq("CONFIRMED"))
                        .and(lastHeld.isNull().or(lastHeld.lt(utc(since)))))
                .orderBy(PROGRAM.NAME, PROGRAM.ID, DSL.coalesce(hipoPerson.FULL_NAME, hipo.EXTERNAL_NAME), PAIR.ID)
                .fetch(r -> new StalledPairRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6() == null ? null : r.value6().toLocalDate()));
    }

    /** The organization's HR users and administrators who may sign in. */
    List<Staff> staff(UUID organizationId) {
        return dsl.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME).from(MEMBERSHIP)
                .join(APP_USER).on(APP_USER.ID.eq(MEMBERSHIP.USER_ID))
                .where(MEMBERSHIP.ORGANIZATION_ID.eq(organizationId).and(MEMBERSHIP.ROLE.in("HR", "ADMIN"))
                        .and(APP_USER.ENABLED))
                .orderBy(APP_USER.DISPLAY_NAME, APP_USER.ID)
                .fetch(r -> new Staff(r.value1(), r.value2(), r.value3()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
