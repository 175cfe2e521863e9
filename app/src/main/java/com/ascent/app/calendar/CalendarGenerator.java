package com.ascent.app.calendar;

import com.ascent.app.calendar.MeetingScheduler.Booking;
import com.ascent.app.calendar.MeetingScheduler.Placement;
import com.ascent.app.calendar.MeetingScheduler.Problem;
import com.ascent.app.calendar.MeetingScheduler.Request;
import com.ascent.app.organization.WorkingWeek;
import com.ascent.plugin.api.calendar.Cadence;
import com.ascent.plugin.api.calendar.CadenceUnit;
import com.ascent.plugin.api.calendar.EventKind;
import com.ascent.plugin.api.calendar.FrameworkDraft;
import com.ascent.plugin.api.calendar.Milestone;
import com.ascent.plugin.api.roster.PairKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Plans the dated events of a program from its structure, and works out what generating again
 * changes: which events the structure calls for, on which nominal day, and within which days each
 * may move; {@link MeetingScheduler} then gives each a time at which none of its people is busy.
 * Pure: no database, no clock, so that every rule of the
 * {@linkplain com.ascent.plugin.api.calendar calendar package} is proven by unit tests.
 */
final class CalendarGenerator {

    private CalendarGenerator() {
    }

    /** A confirmed pair to plan sessions for. */
    record PairToPlan(UUID pairId, UUID hipoMemberId, PairKind kind) {
    }

    /** Where a generated event comes from; stored with the event. */
    enum Series {
        MENTORING(EventKind.SESSION), COACHING(EventKind.SESSION), REVIEW(EventKind.REVIEW),
        KICK_OFF(EventKind.MILESTONE), MID_POINT(EventKind.MILESTONE), CLOSING(EventKind.MILESTONE);

        final EventKind kind;

        Series(EventKind kind) {
            this.kind = kind;
        }

        static Series of(PairKind kind) {
            return kind == PairKind.MENTORING ? MENTORING : COACHING;
        }

        static Series of(Milestone milestone) {
            return valueOf(milestone.name());
        }
    }

    /** One generated event's place: the n-th of a series of a pair (or of the program). */
    record Slot(@Nullable UUID pairId, Series series, int sequence) {
    }

    /**
     * An event to create. With a {@code problem} no time fits: it starts when the structure wanted it
     * and blocks nobody's time until it is moved.
     */
    record PlannedEvent(Slot slot, Instant startsAt, Instant endsAt, List<String> agenda, @Nullable Problem problem) {
    }

    /** An event already stored: touched ones (held, moved, cancelled, with notes or action items) stay. */
    record StoredEvent(UUID id, Slot slot, boolean touched) {
    }

    /** What generating again does. */
    record Regeneration(List<PlannedEvent> toCreate, List<UUID> toRemove, int kept) {

        /** How many of the events to create found no time. */
        int unscheduled() {
            return (int) toCreate.stream().filter(e -> e.problem() != null).count();
        }
    }

    /**
     * What placing events needs beyond the structure: the organization's working week, and who
     * attends the event of a slot (keys naming one person each, as {@link MeetingScheduler} wants),
     * and the zone of each person (by key) who works in one other than the program's.
     */
    record Scheduling(WorkingWeek week, Function<Slot, List<String>> attendees, Map<String, ZoneId> zones) {

        /** Everyone works in the program's zone. */
        Scheduling(WorkingWeek week, Function<Slot, List<String>> attendees) {
            this(week, attendees, Map.of());
        }
    }

    /** Why a cadence of the structure gives no meeting at all. */
    enum IdleReason {
        /** No confirmed pair of its kind: e.g. coaching every two weeks in a program without coaches. */
        NO_PAIRS,
        /** The first meeting would be due after the program (or its coaching period) ends. */
        AFTER_END
    }

    /** A cadence of the structure that gives no meeting, and why. */
    record IdleCadence(PairKind kind, Cadence cadence, IdleReason reason, boolean coachingPeriod) {
    }

    /** A session may move this many days from its nominal day, so that a series keeps its rhythm. */
    private static final int SESSION_SLACK_DAYS = 3;
    /** A progress review may move this far: it has more people to fit, and no rhythm to keep within a month. */
    private static final int REVIEW_SLACK_DAYS = 7;
    /** The kick-off and closing stay within the program's first and last week. */
    private static final int MILESTONE_WINDOW_DAYS = 6;

    /** An event the structure calls for, before it has a time. */
    private record Wanted(Slot slot, LocalDate day, LocalDate earliest, LocalDate latest, List<String> agenda) {
    }

    /**
     * All events the structure calls for, each at a time when none of its people has another event
     * (nor one of {@code fixed}), or with the reason why no time fits; in time order.
     */
    static List<PlannedEvent> plan(FrameworkDraft framework, List<PairToPlan> pairs, Scheduling scheduling,
                                   List<Booking> fixed) {
        return schedule(framework, wanted(framework, pairs), scheduling, fixed);
    }

    /**
     * What to create and remove so that the calendar follows the structure again: untouched
     * generated events are replaced; touched ones stay, their slot is not generated again, and their
     * time (like that of every other event kept, from {@code booked}: the events that have a time
     * and are not cancelled, by id) is not given to anyone of theirs again.
     */
    static Regeneration regenerate(FrameworkDraft framework, List<PairToPlan> pairs, List<StoredEvent> stored,
                                   Map<UUID, Booking> booked, Scheduling scheduling) {
        Set<Slot> keptSlots = stored.stream().filter(StoredEvent::touched).map(StoredEvent::slot)
                .collect(Collectors.toSet());
        List<UUID> toRemove = stored.stream().filter(e -> !e.touched()).map(StoredEvent::id).toList();
        Set<UUID> removed = Set.copyOf(toRemove);
        List<Booking> fixed = booked.entrySet().stream().filter(e -> !removed.contains(e.getKey()))
                .sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
        List<Wanted> wanted = wanted(framework, pairs).stream().filter(w -> !keptSlots.contains(w.slot())).toList();
        return new Regeneration(schedule(framework, wanted, scheduling, fixed), toRemove, keptSlots.size());
    }

    private static List<PlannedEvent> schedule(FrameworkDraft framework, List<Wanted> wanted, Scheduling scheduling,
                                               List<Booking> fixed) {
        MeetingScheduler.Rules rules = new MeetingScheduler.Rules(framework.timeZone(), framework.startDate(),
                framework.endDate(), scheduling.week(), Set.copyOf(framework.holidays()), scheduling.zones());
        List<Request<Wanted>> requests = wanted.stream().map(w -> new Request<>(w, priority(w.slot().series()),
                scheduling.attendees().apply(w.slot()), framework.sessionMinutes(), w.day(), framework.sessionStart(),
                w.earliest(), w.latest())).toList();
        List<PlannedEvent> events = new ArrayList<>();
        for (Placement<Wanted> placement : MeetingScheduler.schedule(rules, fixed, requests)) {
            Wanted w = placement.request().id();
            Instant start = placement.start() != null ? placement.start()
                    : ZonedDateTime.of(w.day(), framework.sessionStart(), framework.timeZone()).toInstant();
            events.add(new PlannedEvent(w.slot(), start, start.plus(Duration.ofMinutes(framework.sessionMinutes())),
                    w.agenda(), placement.problem()));
        }
        events.sort(Comparator.comparing(PlannedEvent::startsAt));
        return events;
    }

    private static MeetingScheduler.Priority priority(Series series) {
        return switch (series.kind) {
            case MILESTONE, EVENT -> MeetingScheduler.Priority.MILESTONE;
            case REVIEW -> MeetingScheduler.Priority.REVIEW;
            case SESSION -> MeetingScheduler.Priority.SESSION;
        };
    }

    /** Every event the structure calls for, on its nominal day, with the days it may move to. */
    private static List<Wanted> wanted(FrameworkDraft framework, List<PairToPlan> pairs) {
        LocalDate start = framework.startDate();
        LocalDate end = framework.endDate();
        List<Wanted> wanted = new ArrayList<>();
        for (Milestone milestone : Milestone.values()) {
            if (framework.milestones().contains(milestone)) {
                Slot slot = new Slot(null, Series.of(milestone), 1);
                List<String> agenda = framework.agendas().milestone();
                wanted.add(switch (milestone) {
                    case KICK_OFF -> new Wanted(slot, start, start, min(end, start.plusDays(MILESTONE_WINDOW_DAYS)), agenda);
                    case MID_POINT -> around(slot, start.plusDays(ChronoUnit.DAYS.between(start, end) / 2),
                            SESSION_SLACK_DAYS, false, start, end, agenda);
                    case CLOSING -> new Wanted(slot, end, max(start, end.minusDays(MILESTONE_WINDOW_DAYS)), end, agenda);
                });
            }
        }
        for (PairToPlan pair : pairs) {
            Cadence cadence = pair.kind() == PairKind.MENTORING ? framework.mentoring() : framework.coaching();
            if (cadence == null) {
                continue;
            }
            LocalDate last = lastSessionDay(framework, pair.kind());
            List<String> agenda = pair.kind() == PairKind.MENTORING ? framework.agendas().mentoring()
                    : framework.agendas().coaching();
            List<LocalDate> days = series(start, cadence, last);
            for (int i = 0; i < days.size(); i++) {
                wanted.add(around(new Slot(pair.pairId(), Series.of(pair.kind()), i + 1), days.get(i), SESSION_SLACK_DAYS,
                        cadence.unit() == CadenceUnit.MONTHS, start, last, agenda));
            }
        }
        for (PairToPlan anchor : reviewAnchors(pairs)) {
            List<LocalDate> days = series(start, Cadence.months(framework.reviewEveryMonths()), end);
            for (int i = 0; i < days.size(); i++) {
                wanted.add(around(new Slot(anchor.pairId(), Series.REVIEW, i + 1), days.get(i), REVIEW_SLACK_DAYS, true,
                        start, end, framework.agendas().review()));
            }
        }
        return wanted;
    }

    /** {@code day} and the days up to {@code slack} either side, within the period (and its month, for a monthly meeting). */
    private static Wanted around(Slot slot, LocalDate day, int slack, boolean inItsMonth, LocalDate first, LocalDate last,
                                 List<String> agenda) {
        LocalDate earliest = max(first, day.minusDays(slack));
        LocalDate latest = min(last, day.plusDays(slack));
        if (inItsMonth) {
            earliest = max(earliest, day.withDayOfMonth(1));
            latest = min(latest, day.withDayOfMonth(day.lengthOfMonth()));
        }
        return new Wanted(slot, day, earliest, latest, agenda);
    }

    /** The last day a pair of this kind meets: the program's end, or the end of the coaching period. */
    private static LocalDate lastSessionDay(FrameworkDraft framework, PairKind kind) {
        return kind == PairKind.COACHING && framework.coachingMonths() > 0
                ? min(framework.endDate(), framework.startDate().plusMonths(framework.coachingMonths()).minusDays(1))
                : framework.endDate();
    }

    /** A HiPo's progress reviews are held with their mentoring pair, or their coaching pair if they have no mentor. */
    private static List<PairToPlan> reviewAnchors(List<PairToPlan> pairs) {
        Map<UUID, PairToPlan> byHipo = new LinkedHashMap<>();
        for (PairToPlan pair : pairs) {
            byHipo.merge(pair.hipoMemberId(), pair, (a, b) -> a.kind() == PairKind.MENTORING ? a : b);
        }
        return List.copyOf(byHipo.values());
    }

    /**
     * The nominal days of a series: one cadence after the start, then every cadence, counted from
     * the start (so that the 31st comes back after shorter months), up to {@code last}.
     */
    static List<LocalDate> series(LocalDate start, Cadence cadence, LocalDate last) {
        List<LocalDate> days = new ArrayList<>();
        for (int n = 1; ; n++) {
            LocalDate nominal = cadence.unit() == CadenceUnit.MONTHS
                    ? start.plusMonths((long) n * cadence.every())
                    : start.plusWeeks((long) n * cadence.every());
            if (nominal.isAfter(last)) {
                return days;
            }
            days.add(nominal);
        }
    }

    /**
     * The cadences of the structure that give no meeting, and why: no pair of their kind is
     * confirmed, or the first meeting would be due after the program (or coaching) ends.
     */
    static List<IdleCadence> idleCadences(FrameworkDraft framework, List<PairToPlan> pairs) {
        List<IdleCadence> idle = new ArrayList<>();
        for (PairKind kind : PairKind.values()) {
            Cadence cadence = kind == PairKind.MENTORING ? framework.mentoring() : framework.coaching();
            if (cadence == null) {
                continue;
            }
            LocalDate last = lastSessionDay(framework, kind);
            if (pairs.stream().noneMatch(p -> p.kind() == kind)) {
                idle.add(new IdleCadence(kind, cadence, IdleReason.NO_PAIRS, false));
            } else if (series(framework.startDate(), cadence, last).isEmpty()) {
                idle.add(new IdleCadence(kind, cadence, IdleReason.AFTER_END, last.isBefore(framework.endDate())));
            }
        }
        return idle;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
