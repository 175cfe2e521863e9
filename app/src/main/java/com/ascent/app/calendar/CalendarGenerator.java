package com.ascent.app.calendar;

import com.ascent.plugin.api.calendar.Cadence;
import com.ascent.plugin.api.calendar.CadenceUnit;
import com.ascent.plugin.api.calendar.EventKind;
import com.ascent.plugin.api.calendar.FrameworkDraft;
import com.ascent.plugin.api.calendar.Milestone;
import com.ascent.plugin.api.roster.PairKind;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Plans the dated events of a program from its structure, and works out what generating again
 * changes. Pure: no database, no clock, so that every rule of the
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

    /** An event to create. */
    record PlannedEvent(Slot slot, Instant startsAt, Instant endsAt, List<String> agenda) {
    }

    /** An event already stored: touched ones (held, moved, cancelled, with notes or action items) stay. */
    record StoredEvent(UUID id, Slot slot, boolean touched) {
    }

    /** What generating again does. */
    record Regeneration(List<PlannedEvent> toCreate, List<UUID> toRemove, int kept) {
    }

    /** All events the structure calls for, in time order. */
    static List<PlannedEvent> plan(FrameworkDraft framework, List<PairToPlan> pairs) {
        Set<LocalDate> holidays = new HashSet<>(framework.holidays());
        List<PlannedEvent> events = new ArrayList<>();
        for (Milestone milestone : Milestone.values()) {
            if (framework.milestones().contains(milestone)) {
                LocalDate day = milestoneDay(framework, milestone, holidays);
                events.add(event(framework, new Slot(null, Series.of(milestone), 1), day, framework.agendas().milestone()));
            }
        }
        for (PairToPlan pair : pairs) {
            Cadence cadence = pair.kind() == PairKind.MENTORING ? framework.mentoring() : framework.coaching();
            if (cadence == null) {
                continue;
            }
            LocalDate last = pair.kind() == PairKind.COACHING && framework.coachingMonths() > 0
                    ? min(framework.endDate(), framework.startDate().plusMonths(framework.coachingMonths()).minusDays(1))
                    : framework.endDate();
            List<String> agenda = pair.kind() == PairKind.MENTORING ? framework.agendas().mentoring()
                    : framework.agendas().coaching();
            List<LocalDate> days = series(framework.startDate(), cadence, last, framework.endDate(), holidays);
            for (int i = 0; i < days.size(); i++) {
                events.add(event(framework, new Slot(pair.pairId(), Series.of(pair.kind()), i + 1), days.get(i), agenda));
            }
        }
        for (PairToPlan anchor : reviewAnchors(pairs)) {
            List<LocalDate> days = series(framework.startDate(), Cadence.months(framework.reviewEveryMonths()),
                    framework.endDate(), framework.endDate(), holidays);
            for (int i = 0; i < days.size(); i++) {
                events.add(event(framework, new Slot(anchor.pairId(), Series.REVIEW, i + 1), days.get(i),
                        framework.agendas().review()));
            }
        }
        events.sort(Comparator.comparing(PlannedEvent::startsAt));
        return events;
    }

    /**
     * What to create and remove so that the calendar follows the structure again: untouched
     * generated events are replaced; touched ones stay and their slot is not generated again.
     */
    static Regeneration regenerate(FrameworkDraft framework, List<PairToPlan> pairs, List<StoredEvent> stored) {
        Set<Slot> keptSlots = stored.stream().filter(StoredEvent::touched).map(StoredEvent::slot)
                .collect(Collectors.toSet());
        List<UUID> toRemove = stored.stream().filter(e -> !e.touched()).map(StoredEvent::id).toList();
        List<PlannedEvent> toCreate = plan(framework, pairs).stream()
                .filter(e -> !keptSlots.contains(e.slot())).toList();
        return new Regeneration(toCreate, toRemove, keptSlots.size());
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
     * The days of a series: one cadence after the start, then every cadence, counted from the start
     * (so that the 31st comes back after shorter months), up to {@code last}, on working days, never
     * after the program's end.
     */
    static List<LocalDate> series(LocalDate start, Cadence cadence, LocalDate last, LocalDate programEnd,
                                  Set<LocalDate> holidays) {
        List<LocalDate> days = new ArrayList<>();
        for (int n = 1; ; n++) {
            LocalDate nominal = cadence.unit() == CadenceUnit.MONTHS
                    ? start.plusMonths((long) n * cadence.every())
                    : start.plusWeeks((long) n * cadence.every());
            if (nominal.isAfter(last)) {
                return days;
            }
            LocalDate day = cadence.unit() == CadenceUnit.MONTHS ? workingDayInMonth(nominal, holidays)
                    : nextWorkingDay(nominal, holidays);
            if (!day.isAfter(programEnd)) {
                days.add(day);
            }
        }
    }

    private static LocalDate milestoneDay(FrameworkDraft framework, Milestone milestone, Set<LocalDate> holidays) {
        return switch (milestone) {
            case KICK_OFF -> nextWorkingDay(framework.startDate(), holidays);
            case MID_POINT -> nextWorkingDay(framework.startDate().plusDays(
                    ChronoUnit.DAYS.between(framework.startDate(), framework.endDate()) / 2), holidays);
            case CLOSING -> previousWorkingDay(framework.endDate(), holidays);
        };
    }

    static boolean workingDay(LocalDate day, Set<LocalDate> holidays) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    static LocalDate nextWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        return shift(day, holidays, d -> d.plusDays(1));
    }

    static LocalDate previousWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        return shift(day, holidays, d -> d.minusDays(1));
    }

    /** The next working day, or the previous one if the next would leave the month (a monthly meeting stays in its month). */
    static LocalDate workingDayInMonth(LocalDate day, Set<LocalDate> holidays) {
        LocalDate next = nextWorkingDay(day, holidays);
        return next.getMonth() == day.getMonth() ? next : previousWorkingDay(day, holidays);
    }

    private static LocalDate shift(LocalDate day, Set<LocalDate> holidays, UnaryOperator<LocalDate> step) {
        LocalDate candidate = day;
        while (!workingDay(candidate, holidays)) {
            candidate = step.apply(candidate);
        }
        return candidate;
    }

    /** Meetings are at the same wall-clock time in the program's time zone, whatever daylight saving does. */
    private static PlannedEvent event(FrameworkDraft framework, Slot slot, LocalDate day, List<String> agenda) {
        Instant start = ZonedDateTime.of(day, framework.sessionStart(), framework.timeZone()).toInstant();
        return new PlannedEvent(slot, start, start.plus(Duration.ofMinutes(framework.sessionMinutes())), agenda);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
