package com.ascent.app.calendar;

import static com.ascent.app.db.Tables.ACTION_ITEM;
import static com.ascent.app.db.Tables.APP_USER;
import static com.ascent.app.db.Tables.CALENDAR_EVENT;
import static com.ascent.app.db.Tables.MEMBERSHIP;
import static com.ascent.app.db.Tables.PAIR;
import static com.ascent.app.db.Tables.PERSON;
import static com.ascent.app.db.Tables.PROGRAM;
import static com.ascent.app.db.Tables.PROGRAM_FRAMEWORK;

import com.ascent.app.calendar.CalendarGenerator.PlannedEvent;
import com.ascent.app.calendar.CalendarGenerator.Series;
import com.ascent.app.calendar.CalendarGenerator.Slot;
import com.ascent.app.calendar.CalendarGenerator.StoredEvent;
import com.ascent.app.calendar.Participants.Participant;
import com.ascent.app.db.tables.records.ActionItemRecord;
import com.ascent.app.db.tables.records.ProgramFrameworkRecord;
import com.ascent.plugin.api.calendar.ActionItem;
import com.ascent.plugin.api.calendar.ActionItemDraft;
import com.ascent.plugin.api.calendar.ActionStatus;
import com.ascent.plugin.api.calendar.Attendee;
import com.ascent.plugin.api.calendar.Cadence;
import com.ascent.plugin.api.calendar.CadenceUnit;
import com.ascent.plugin.api.calendar.CalendarEvent;
import com.ascent.plugin.api.calendar.Charter;
import com.ascent.plugin.api.calendar.EventKind;
import com.ascent.plugin.api.calendar.EventStatus;
import com.ascent.plugin.api.calendar.FrameworkDraft;
import com.ascent.plugin.api.calendar.MeetingAgendas;
import com.ascent.plugin.api.calendar.Milestone;
import com.ascent.plugin.api.calendar.ProgramFramework;
import com.ascent.plugin.api.calendar.SchedulingProblem;
import com.ascent.plugin.api.roster.PairKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Program frameworks, calendar events and action items, always within one organization. */
@Repository
class CalendarRepository {

    private final DSLContext dsl;

    CalendarRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    boolean programExists(UUID organizationId, UUID programId) {
        return dsl.fetchExists(PROGRAM, PROGRAM.ORGANIZATION_ID.eq(organizationId).and(PROGRAM.ID.eq(programId)));
    }

    String programName(UUID organizationId, UUID programId) {
        return dsl.select(PROGRAM.NAME).from(PROGRAM)
                .where(PROGRAM.ORGANIZATION_ID.eq(organizationId).and(PROGRAM.ID.eq(programId)))
                .fetchOptional(PROGRAM.NAME).orElse("");
    }

    /**
     * The program's owner (HR) with their e-mail: the organization's Ascent user of that name, or
     * else the person of that name in the people directory; empty when neither is known.
     */
    Optional<Participant> owner(UUID organizationId, UUID programId) {
        var ownerName = DSL.lower(DSL.trim(PROGRAM.OWNER_NAME));
        var ofProgram = PROGRAM.ORGANIZATION_ID.eq(organizationId).and(PROGRAM.ID.eq(programId));
        Optional<Participant> user = dsl.select(APP_USER.DISPLAY_NAME, APP_USER.EMAIL).from(PROGRAM)
                .join(MEMBERSHIP).on(MEMBERSHIP.ORGANIZATION_ID.eq(PROGRAM.ORGANIZATION_ID))
                .join(APP_USER).on(APP_USER.ID.eq(MEMBERSHIP.USER_ID))
                .where(ofProgram.and(DSL.lower(DSL.trim(APP_USER.DISPLAY_NAME)).eq(ownerName)))
                .orderBy(APP_USER.EMAIL).limit(1)
                .fetchOptional(r -> new Participant(null, r.value1(), r.value2()));
        if (user.isPresent()) {
            return user;
        }
        return dsl.select(PERSON.FULL_NAME, PERSON.EMAIL).from(PROGRAM)
                .join(PERSON).on(PERSON.ORGANIZATION_ID.eq(PROGRAM.ORGANIZATION_ID))
                .where(ofProgram.and(DSL.lower(DSL.trim(PERSON.FULL_NAME)).eq(ownerName)))
                .orderBy(PERSON.EMAIL).limit(1)
                .fetchOptional(r -> new Participant(null, r.value1(), r.value2()));
    }

    // --- Framework -------------------------------------------------------------------------------

    Optional<ProgramFramework> framework(UUID organizationId, UUID programId) {
        return dsl.selectFrom(PROGRAM_FRAMEWORK)
                .where(PROGRAM_FRAMEWORK.ORGANIZATION_ID.eq(organizationId).and(PROGRAM_FRAMEWORK.PROGRAM_ID.eq(programId)))
                .fetchOptional(CalendarRepository::toFramework);
    }

    /** The framework, locked until the transaction ends so that two generations do not interleave. */
    Optional<ProgramFramework> lockFramework(UUID organizationId, UUID programId) {
        return dsl.selectFrom(PROGRAM_FRAMEWORK)
                .where(PROGRAM_FRAMEWORK.ORGANIZATION_ID.eq(organizationId).and(PROGRAM_FRAMEWORK.PROGRAM_ID.eq(programId)))
                .forUpdate()
                .fetchOptional(CalendarRepository::toFramework);
    }

    /** Stores the first framework of a program; false if another one was stored meanwhile. */
    boolean insertFramework(UUID organizationId, UUID programId, FrameworkDraft draft) {
        ProgramFrameworkRecord record = dsl.newRecord(PROGRAM_FRAMEWORK);
        record.setProgramId(programId);
        record.setOrganizationId(organizationId);
        fill(record, draft);
        return dsl.insertInto(PROGRAM_FRAMEWORK).set(record).onConflictDoNothing().execute() == 1;
    }

    boolean updateFramework(UUID organizationId, UUID programId, long expectedVersion, FrameworkDraft draft) {
        ProgramFrameworkRecord record = dsl.newRecord(PROGRAM_FRAMEWORK);
        fill(record, draft);
        record.setVersion(expectedVersion + 1);
        return dsl.update(PROGRAM_FRAMEWORK).set(record)
                .where(PROGRAM_FRAMEWORK.ORGANIZATION_ID.eq(organizationId).and(PROGRAM_FRAMEWORK.PROGRAM_ID.eq(programId))
                        .and(PROGRAM_FRAMEWORK.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    private static void fill(ProgramFrameworkRecord r, FrameworkDraft d) {
        r.setStartDate(d.startDate());
        r.setEndDate(d.endDate());
        r.setTimeZone(d.timeZone().getId());
        r.setSessionStart(d.sessionStart());
        r.setSessionMinutes(d.sessionMinutes());
        r.setMentoringEvery(d.mentoring() == null ? null : d.mentoring().every());
        r.setMentoringUnit(d.mentoring() == null ? null : d.mentoring().unit().name());
        r.setCoachingEvery(d.coaching() == null ? null : d.coaching().every());
        r.setCoachingUnit(d.coaching() == null ? null : d.coaching().unit().name());
        r.setCoachingMonths(d.coachingMonths());
        r.setReviewEveryMonths(d.reviewEveryMonths());
        r.setReviewAttendees(d.reviewAttendees().stream().map(Enum::name).sorted().toArray(String[]::new));
        r.setMilestones(d.milestones().stream().map(Enum::name).sorted().toArray(String[]::new));
        r.setHolidays(d.holidays().toArray(LocalDate[]::new));
        Charter c = d.charter();
        r.setCharterHipo(c.hipo().strip());
        r.setCharterMentor(c.mentor().strip());
        r.setCharterCoach(c.coach().strip());
        r.setCharterManager(c.manager().strip());
        r.setCharterHr(c.hr().strip());
        r.setCharterConfidentiality(c.confidentiality().strip());
        r.setCharterPreparation(c.preparation().strip());
        MeetingAgendas a = d.agendas();
        r.setAgendaMentoring(items(a.mentoring()));
        r.setAgendaCoaching(items(a.coaching()));
        r.setAgendaReview(items(a.review()));
        r.setAgendaMilestone(items(a.milestone()));
    }

    private static String[] items(List<String> agenda) {
        return agenda.stream().map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    private static ProgramFramework toFramework(ProgramFrameworkRecord r) {
        FrameworkDraft draft = new FrameworkDraft(r.getStartDate(), r.getEndDate(), ZoneId.of(r.getTimeZone()),
                r.getSessionStart(), r.getSessionMinutes(), cadence(r.getMentoringEvery(), r.getMentoringUnit()),
                cadence(r.getCoachingEvery(), r.getCoachingUnit()), r.getCoachingMonths(), r.getReviewEveryMonths(),
                enums(r.getReviewAttendees(), Attendee::valueOf), enums(r.getMilestones(), Milestone::valueOf),
                List.of(r.getHolidays()),
                new Charter(r.getCharterHipo(), r.getCharterMentor(), r.getCharterCoach(), r.getCharterManager(),
                        r.getCharterHr(), r.getCharterConfidentiality(), r.getCharterPreparation()),
                new MeetingAgendas(List.of(r.getAgendaMentoring()), List.of(r.getAgendaCoaching()),
                        List.of(r.getAgendaReview()), List.of(r.getAgendaMilestone())));
        return new ProgramFramework(r.getVersion(), draft);
    }

    private static @Nullable Cadence cadence(@Nullable Integer every, @Nullable String unit) {
        return every == null || unit == null ? null : new Cadence(every, CadenceUnit.valueOf(unit));
    }

    private static <E> java.util.Set<E> enums(String[] names, Function<String, E> parse) {
        return java.util.Set.copyOf(Arrays.stream(names).map(parse).toList());
    }

    // --- Events ----------------------------------------------------------------------------------

    List<CalendarEvent> events(UUID organizationId, UUID programId) {
        return selectEvents(organizationId, programId).fetch(CalendarRepository::toEvent);
    }

    Optional<CalendarEvent> event(UUID organizationId, UUID programId, UUID id) {
        return selectEvents(organizationId, programId).and(CALENDAR_EVENT.ID.eq(id)).fetchOptional(CalendarRepository::toEvent);
    }

    private org.jooq.SelectConditionStep<Record> selectEvents(UUID organizationId, UUID programId) {
        return dsl.select(CALENDAR_EVENT.asterisk(), PAIR.KIND).from(CALENDAR_EVENT)
                .leftJoin(PAIR).on(PAIR.ID.eq(CALENDAR_EVENT.PAIR_ID))
                .where(CALENDAR_EVENT.ORGANIZATION_ID.eq(organizationId).and(CALENDAR_EVENT.PROGRAM_ID.eq(programId)));
    }

    /** Generated events with whether someone touched them (outcome, notes or action items). */
    List<StoredEvent> generatedEvents(UUID organizationId, UUID programId) {
        return dsl.select(CALENDAR_EVENT.ID, CALENDAR_EVENT.PAIR_ID, CALENDAR_EVENT.SERIES, CALENDAR_EVENT.SEQUENCE,
                        CALENDAR_EVENT.STATUS.ne(EventStatus.PLANNED.name())
                                .or(CALENDAR_EVENT.NOTES.ne(""))
                                .or(DSL.exists(DSL.selectOne().from(ACTION_ITEM).where(ACTION_ITEM.EVENT_ID.eq(CALENDAR_EVENT.ID))))
                                .as("touched"))
                .from(CALENDAR_EVENT)
                .where(CALENDAR_EVENT.ORGANIZATION_ID.eq(organizationId).and(CALENDAR_EVENT.PROGRAM_ID.eq(programId))
                        .and(CALENDAR_EVENT.SERIES.isNotNull()))
                .fetch(r -> new StoredEvent(r.value1(), new Slot(r.value2(), Series.valueOf(r.value3()), r.value4()),
                        r.get("touched", Boolean.class)));
    }

    void deleteEvents(UUID organizationId, Collection<UUID> ids) {
        dsl.deleteFrom(CALENDAR_EVENT)
                .where(CALENDAR_EVENT.ORGANIZATION_ID.eq(organizationId).and(CALENDAR_EVENT.ID.in(ids)))
                .execute();
    }

    /** Stores a generated event; one without a time carries its problem, naming the person (a name) if any. */
    void insertEvent(UUID organizationId, UUID programId, PlannedEvent event, String title,
                     @Nullable String unscheduledPerson) {
        dsl.insertInto(CALENDAR_EVENT)
                .set(CALENDAR_EVENT.ID, UUID.randomUUID())
                .set(CALENDAR_EVENT.ORGANIZATION_ID, organizationId)
                .set(CALENDAR_EVENT.PROGRAM_ID, programId)
                .set(CALENDAR_EVENT.PAIR_ID, event.slot().pairId())
                .set(CALENDAR_EVENT.KIND, event.slot().series().kind.name())
                .set(CALENDAR_EVENT.TITLE, title)
                .set(CALENDAR_EVENT.STARTS_AT, event.startsAt().atOffset(ZoneOffset.UTC))
                .set(CALENDAR_EVENT.ENDS_AT, event.endsAt().atOffset(ZoneOffset.UTC))
                .set(CALENDAR_EVENT.AGENDA, event.agenda().toArray(String[]::new))
                .set(CALENDAR_EVENT.SERIES, event.slot().series().name())
                .set(CALENDAR_EVENT.SEQUENCE, event.slot().sequence())
                .set(CALENDAR_EVENT.UNSCHEDULED_REASON, event.problem() == null ? null : event.problem().reason().name())
                .set(CALENDAR_EVENT.UNSCHEDULED_PERSON, unscheduledPerson)
                .execute();
    }

    /**
     * Stores a one-off meeting of a pair: not generated (no series), so generating again leaves it
     * as it is.
     */
    UUID insertMeeting(UUID organizationId, UUID programId, UUID pairId, String title, Instant startsAt,
                       Instant endsAt, String reason) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(CALENDAR_EVENT)
                .set(CALENDAR_EVENT.ID, id)
                .set(CALENDAR_EVENT.ORGANIZATION_ID, organizationId)
                .set(CALENDAR_EVENT.PROGRAM_ID, programId)
                .set(CALENDAR_EVENT.PAIR_ID, pairId)
                .set(CALENDAR_EVENT.KIND, EventKind.SESSION.name())
                .set(CALENDAR_EVENT.TITLE, title.strip())
                .set(CALENDAR_EVENT.STARTS_AT, startsAt.atOffset(ZoneOffset.UTC))
                .set(CALENDAR_EVENT.ENDS_AT, endsAt.atOffset(ZoneOffset.UTC))
                .set(CALENDAR_EVENT.CHANGE_REASON, reason.strip())
                .execute();
        return id;
    }

    /** Why the event was added, moved or cancelled; empty when nobody said or it is gone. */
    String changeReason(UUID organizationId, UUID programId, UUID id) {
        return dsl.select(CALENDAR_EVENT.CHANGE_REASON).from(CALENDAR_EVENT)
                .where(CALENDAR_EVENT.ORGANIZATION_ID.eq(organizationId).and(CALENDAR_EVENT.PROGRAM_ID.eq(programId))
                        .and(CALENDAR_EVENT.ID.eq(id)))
                .fetchOptional(CALENDAR_EVENT.CHANGE_REASON).orElse("");
    }

    /** The change reasons of the program's events that have one, by event id. */
    java.util.Map<UUID, String> changeReasons(UUID organizationId, UUID programId) {
        return dsl.select(CALENDAR_EVENT.ID, CALENDAR_EVENT.CHANGE_REASON).from(CALENDAR_EVENT)
                .where(CALENDAR_EVENT.ORGANIZATION_ID.eq(organizationId).and(CALENDAR_EVENT.PROGRAM_ID.eq(programId))
                        .and(CALENDAR_EVENT.CHANGE_REASON.ne("")))
                .fetchMap(CALENDAR_EVENT.ID, CALENDAR_EVENT.CHANGE_REASON);
    }

    /**
     * Records an outcome; {@code scheduled}: the event now has a time of its own (it was moved to one);
     * {@code changeReason}: why it was moved or cancelled, or null to keep the one it has.
     */
    boolean recordOutcome(UUID organizationId, UUID id, long expectedVersion, EventStatus status, Instant startsAt,
                          Instant endsAt, String notes, boolean scheduled, @Nullable String changeReason) {
        var update = dsl.update(CALENDAR_EVENT)
                .set(CALENDAR_EVENT.STATUS, status.name())
                .set(CALENDAR_EVENT.STARTS_AT, startsAt.atOffset(ZoneOffset.UTC))
                .set(CALENDAR_EVENT.ENDS_AT, endsAt.atOffset(ZoneOffset.UTC));
        if (scheduled) {
            update = update.setNull(CALENDAR_EVENT.UNSCHEDULED_REASON).setNull(CALENDAR_EVENT.UNSCHEDULED_PERSON);
        }
        if (changeReason != null) {
            update = update.set(CALENDAR_EVENT.CHANGE_REASON, changeReason.strip());
        }
        return update
                .set(CALENDAR_EVENT.NOTES, notes.strip())
                .set(CALENDAR_EVENT.VERSION, CALENDAR_EVENT.VERSION.plus(1))
                .where(CALENDAR_EVENT.ORGANIZATION_ID.eq(organizationId).and(CALENDAR_EVENT.ID.eq(id))
                        .and(CALENDAR_EVENT.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    private static CalendarEvent toEvent(Record r) {
        String pairKind = r.get(PAIR.KIND);
        String unscheduled = r.get(CALENDAR_EVENT.UNSCHEDULED_REASON);
        return new CalendarEvent(r.get(CALENDAR_EVENT.ID), r.get(CALENDAR_EVENT.VERSION), r.get(CALENDAR_EVENT.PAIR_ID),
                pairKind == null ? null : PairKind.valueOf(pairKind), EventKind.valueOf(r.get(CALENDAR_EVENT.KIND)),
                r.get(CALENDAR_EVENT.TITLE), r.get(CALENDAR_EVENT.STARTS_AT).toInstant(),
                r.get(CALENDAR_EVENT.ENDS_AT).toInstant(), EventStatus.valueOf(r.get(CALENDAR_EVENT.STATUS)),
                List.of(r.get(CALENDAR_EVENT.AGENDA)), r.get(CALENDAR_EVENT.NOTES), r.get(CALENDAR_EVENT.SERIES) != null,
                unscheduled == null ? null : new SchedulingProblem(SchedulingProblem.Reason.valueOf(unscheduled),
                        Objects.requireNonNullElse(r.get(CALENDAR_EVENT.UNSCHEDULED_PERSON), "")));
    }

    // --- Action items ----------------------------------------------------------------------------

    List<ActionItem> actionItems(UUID organizationId, UUID programId) {
        return dsl.select(ACTION_ITEM.asterisk()).from(ACTION_ITEM)
                .join(CALENDAR_EVENT).on(CALENDAR_EVENT.ID.eq(ACTION_ITEM.EVENT_ID))
                .where(ACTION_ITEM.ORGANIZATION_ID.eq(organizationId).and(CALENDAR_EVENT.PROGRAM_ID.eq(programId)))
                .orderBy(ACTION_ITEM.DUE_DATE.asc().nullsLast(), ACTION_ITEM.DESCRIPTION)
                .fetch(r -> toActionItem(r.into(ACTION_ITEM)));
    }

    /** The program an action item belongs to, through its meeting. */
    Optional<UUID> programOfActionItem(UUID organizationId, UUID id) {
        return dsl.select(CALENDAR_EVENT.PROGRAM_ID).from(ACTION_ITEM)
                .join(CALENDAR_EVENT).on(CALENDAR_EVENT.ID.eq(ACTION_ITEM.EVENT_ID))
                .where(ACTION_ITEM.ORGANIZATION_ID.eq(organizationId).and(ACTION_ITEM.ID.eq(id)))
                .fetchOptional(CALENDAR_EVENT.PROGRAM_ID);
    }

    ActionItem insertActionItem(UUID organizationId, UUID eventId, ActionItemDraft draft) {
        return dsl.insertInto(ACTION_ITEM)
                .set(ACTION_ITEM.ID, UUID.randomUUID())
                .set(ACTION_ITEM.ORGANIZATION_ID, organizationId)
                .set(ACTION_ITEM.EVENT_ID, eventId)
                .set(ACTION_ITEM.DESCRIPTION, draft.description().strip())
                .set(ACTION_ITEM.OWNER_NAME, draft.owner().strip())
                .set(ACTION_ITEM.DUE_DATE, draft.due())
                .set(ACTION_ITEM.STATUS, draft.status().name())
                .returning()
                .fetchSingle(CalendarRepository::toActionItem);
    }

    Optional<ActionItem> updateActionItem(UUID organizationId, UUID id, long expectedVersion, ActionItemDraft draft) {
        return dsl.update(ACTION_ITEM)
                .set(ACTION_ITEM.DESCRIPTION, draft.description().strip())
                .set(ACTION_ITEM.OWNER_NAME, draft.owner().strip())
                .set(ACTION_ITEM.DUE_DATE, draft.due())
                .set(ACTION_ITEM.STATUS, draft.status().name())
                .set(ACTION_ITEM.VERSION, ACTION_ITEM.VERSION.plus(1))
                .where(ACTION_ITEM.ORGANIZATION_ID.eq(organizationId).and(ACTION_ITEM.ID.eq(id))
                        .and(ACTION_ITEM.VERSION.eq(expectedVersion)))
                .returning()
                .fetchOptional(CalendarRepository::toActionItem);
    }

    private static ActionItem toActionItem(ActionItemRecord r) {
        return new ActionItem(r.getId(), r.getVersion(), r.getEventId(), r.getDescription(), r.getOwnerName(),
                r.getDueDate(), ActionStatus.valueOf(r.getStatus()));
    }
}
