package com.ascent.app.calendar;

import com.ascent.app.organization.WorkingWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Gives every meeting of a program a time at which none of its people has another one: the
 * scheduling algorithm of the calendar, pure (no Spring, no database, no clock).
 *
 * <h2>The problem</h2>
 * Each {@link Request} (a session, progress review or milestone) names its people, its length, the
 * day and time of day the program's structure asks for, and the days it may move to (its window:
 * around its nominal day, so that a series keeps its rhythm). A start is <em>admissible</em> when
 * <ol>
 *   <li>it lies on a working day: a day of the organization's working week, not a listed holiday,
 *       inside the program's period and the request's window;</li>
 *   <li>the meeting runs inside working hours of that day (wall-clock times in the program's zone);
 *       when its people work in different zones, it runs inside each one's working hours on a
 *       working day in their own zone;</li>
 *   <li>none of its people has another meeting that overlaps it (meetings are half-open intervals
 *       {@code [start, end)}, so one may begin the minute another ends).</li>
 * </ol>
 * A request with no admissible start gets a {@link Problem} (the reason, and for a full diary the
 * person whose diary is fullest) and no time: it is flagged, never placed overlapping. People in
 * different zones whose working hours never meet in the request's window get
 * {@link Reason#NO_SHARED_WORKING_HOURS}.
 *
 * <h2>What it optimises, in this order</h2>
 * <ol>
 *   <li>the rules above, never broken (by construction, see below);</li>
 *   <li>as many requests placed as possible, heuristically: the most constrained go first;</li>
 *   <li>spread: a request goes to the day of its window on which its busiest person has the fewest
 *       meetings so far, so a mentor's pairs spread over the week instead of queueing on one day;</li>
 *   <li>closeness: among days equally loaded the one nearest the nominal day (the earlier on a tie),
 *       and on that day the free start nearest the wanted time (the earlier on a tie), on a
 *       {@value #GRID_MINUTES}-minute grid anchored at the wanted time (for people in several zones
 *       the grid covers the program zone's whole day, since their shared hours may lie anywhere in it).</li>
 * </ol>
 *
 * <h2>How: greedy, in a fixed order, without backtracking</h2>
 * Requests are placed one after the other, each for good, in this order: milestones (everyone
 * attends), then progress reviews (several people), then sessions (two people); within a kind by
 * nominal day, then more people first, then the order given. For each request the days of its
 * window are sorted by (load, distance from the nominal day, date) and the times of a day by
 * (distance from the wanted time, time); the first admissible start taken.
 *
 * <h2>Why nobody is ever double-booked</h2>
 * Invariant: every person's diary holds every meeting of theirs placed so far, and the fixed ones
 * (meetings kept from before). A start is accepted only after checking, for each of the request's
 * people, that it overlaps nothing in their diary, and the accepted meeting is then written into
 * each of their diaries before the next request is looked at. So when two accepted meetings share
 * a person, the later one was checked against the earlier one: no overlap. Working days, hours and
 * the period are checked on the accepted start itself (local time computed from the instant, so a
 * daylight-saving change inside working hours cannot slip a meeting out of them).
 *
 * <h2>Limits</h2>
 * <ul>
 *   <li>Greedy, so not optimal: an early request may take the last free time of a later one that had
 *       no other, where an exact method (integer programming, or matching per week) would have
 *       placed both. It flags rather than overlaps; the tests check the rules, not optimality.</li>
 *   <li>Spreading counts meetings per day only: it does not balance hours, nor keep a HiPo's times
 *       stable from one session to the next.</li>
 *   <li>Starts lie on the grid; a gap between meetings shorter than the grid is not used.</li>
 *   <li>Only the meetings it is given are known: the same people's meetings in other programs, and
 *       their own calendars, are not seen. Holidays are the program's list, the same for everyone.</li>
 *   <li>The program's period and the days a request may move to are days of the program's zone; a
 *       person's own zone decides only their working day and hours. Holidays are the program's list,
 *       checked on each person's local date.</li>
 * </ul>
 *
 * <p>Deterministic: the same input gives the same output (no randomness, no clock, and hash maps are
 * only looked up, never iterated). Cost: each request looks at up to (days in its window) × (grid
 * times in a working day) starts, each checked against the few meetings its people have that day.
 */
final class MeetingScheduler {

    /** Starts lie this many minutes apart, counted from the wanted time. */
    static final int GRID_MINUTES = 30;

    private MeetingScheduler() {
    }

    /** The kind of a request, in the order they are placed: the more people, the earlier. */
    enum Priority {
        MILESTONE, REVIEW, SESSION
    }

    /**
     * When meetings may take place.
     *
     * @param zone     the program's time zone; working hours are wall-clock times in it
     * @param firstDay the program's first day
     * @param lastDay  the program's last day, inclusive
     * @param week     the organization's working days and hours
     * @param holidays days without meetings
     * @param zones    the zone of each person (by key) who works in their own; the others work in {@code zone}
     */
    record Rules(ZoneId zone, LocalDate firstDay, LocalDate lastDay, WorkingWeek week, Set<LocalDate> holidays,
                 Map<String, ZoneId> zones) {

        Rules {
            holidays = Set.copyOf(holidays);
            zones = Map.copyOf(zones);
        }

        /** Everyone works in the program's zone. */
        Rules(ZoneId zone, LocalDate firstDay, LocalDate lastDay, WorkingWeek week, Set<LocalDate> holidays) {
            this(zone, firstDay, lastDay, week, holidays, Map.of());
        }

        ZoneId zoneOf(String person) {
            return zones.getOrDefault(person, zone);
        }

        /** Whether every one of {@code people} works in the program's zone. */
        boolean oneZone(List<String> people) {
            for (String person : people) {
                if (!zoneOf(person).equals(zone)) {
                    return false;
                }
            }
            return true;
        }

        boolean inPeriod(LocalDate day) {
            return !day.isBefore(firstDay) && !day.isAfter(lastDay);
        }

        /**
         * The first of {@code people} for whom {@code [start, end)} is not inside the working hours of
         * one of their working days in their own zone; empty when it is for everyone.
         */
        Optional<String> firstNotWorking(List<String> people, Instant start, Instant end) {
            for (String person : people) {
                ZoneId own = zoneOf(person);
                LocalDate day = start.atZone(own).toLocalDate();
                if (!week.days().contains(day.getDayOfWeek()) || holidays.contains(day)
                        || !inWorkingHours(start, end, own)) {
                    return Optional.of(person);
                }
            }
            return Optional.empty();
        }

        boolean workingDay(LocalDate day) {
            return !day.isBefore(firstDay) && !day.isAfter(lastDay) && week.days().contains(day.getDayOfWeek())
                    && !holidays.contains(day);
        }

        /** Whether {@code [start, end)} lies inside the working hours of one working day. */
        boolean inWorkingHours(Instant start, Instant end) {
            return inWorkingHours(start, end, zone);
        }

        private boolean inWorkingHours(Instant start, Instant end, ZoneId zone) {
            ZonedDateTime from = start.atZone(zone);
            ZonedDateTime to = end.atZone(zone);
            return from.toLocalDate().equals(to.toLocalDate()) && !from.toLocalTime().isBefore(week.start())
                    && !to.toLocalTime().isAfter(week.end());
        }
    }

    /**
     * A meeting to place.
     *
     * @param id       the caller's handle, returned with the placement
     * @param people   who attends, each once, by a key that names one person (e.g. their e-mail)
     * @param minutes  how long it lasts
     * @param day      the day the structure asks for
     * @param time     the time of day the structure asks for
     * @param earliest the first day it may move to
     * @param latest   the last day it may move to
     */
    record Request<K>(K id, Priority priority, List<String> people, int minutes, LocalDate day, LocalTime time,
                      LocalDate earliest, LocalDate latest) {

        Request {
            people = List.copyOf(people);
        }
    }

    /** A meeting that already has its time (kept from before): it blocks its people's time. */
    record Booking(Instant start, Instant end, List<String> people) {

        Booking {
            people = List.copyOf(people);
        }
    }

    /** Why a request got no time. */
    enum Reason {
        /** The meeting is longer than the organization's working day. */
        LONGER_THAN_WORKING_DAY,
        /** Its window holds no working day inside the program (weekends, holidays, the period's edge). */
        NO_WORKING_DAY,
        /** On every working day of its window, every start clashes with someone's meeting. */
        NO_FREE_TIME,
        /** Its people work in different zones, and no start lies inside the working hours of them all. */
        NO_SHARED_WORKING_HOURS
    }

    /** A request without time: why, and for {@link Reason#NO_FREE_TIME} whose diary was fullest. */
    record Problem(Reason reason, @Nullable String person) {
    }

    /** The outcome of one request: a start and end, or a problem. */
    record Placement<K>(Request<K> request, @Nullable Instant start, @Nullable Instant end,
                        @Nullable Problem problem) {
    }

    /** A person who already has a meeting then: the index of that meeting in the list checked. */
    record Clash(String person, int booking) {
    }

    /** Places every request, or says why it cannot be; placements in the order of {@code requests}. */
    static <K> List<Placement<K>> schedule(Rules rules, List<Booking> fixed, List<Request<K>> requests) {
        Diaries diaries = new Diaries(rules.zone());
        fixed.forEach(diaries::book);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, Priority>comparing(i -> requests.get(i).priority())
                .thenComparing(i -> requests.get(i).day())
                .thenComparing(i -> -requests.get(i).people().size())
                .thenComparing(i -> i));
        Map<Integer, Placement<K>> placed = new HashMap<>();
        for (int i : order) {
            placed.put(i, place(rules, diaries, requests.get(i)));
        }
        return order.stream().sorted().map(placed::get).toList();
    }

    private static <K> Placement<K> place(Rules rules, Diaries diaries, Request<K> request) {
        if (Duration.ofMinutes(request.minutes()).compareTo(rules.week().length()) > 0) {
            return unplaced(request, Reason.LONGER_THAN_WORKING_DAY, null);
        }
        boolean oneZone = rules.oneZone(request.people());
        List<LocalDate> days = request.earliest().datesUntil(request.latest().plusDays(1))
                .filter(oneZone ? rules::workingDay : rules::inPeriod).toList();
        if (days.isEmpty()) {
            return unplaced(request, Reason.NO_WORKING_DAY, null);
        }
        Map<LocalDate, Integer> load = new HashMap<>();
        days.forEach(day -> load.put(day, diaries.busiest(request.people(), day)));
        List<LocalDate> byPreference = days.stream()
                .sorted(Comparator.<LocalDate>comparingInt(load::get)
                        .thenComparingLong(day -> Math.abs(ChronoUnit.DAYS.between(request.day(), day)))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        List<LocalTime> times = oneZone ? times(rules.week(), request.time(), request.minutes())
                : wholeDayTimes(request.time(), request.minutes());
        boolean sharedHours = false;
        for (LocalDate day : byPreference) {
            for (LocalTime time : times) {
                Instant start = ZonedDateTime.of(day, time, rules.zone()).toInstant();
                Instant end = start.plus(Duration.ofMinutes(request.minutes()));
                boolean working = oneZone ? rules.inWorkingHours(start, end)
                        : rules.firstNotWorking(request.people(), start, end).isEmpty()
                                && LocalDate.ofInstant(end.minusNanos(1), rules.zone()).equals(day);
                if (working) {
                    sharedHours = true;
                    if (diaries.allFree(request.people(), day, start, end)) {
                        diaries.book(new Booking(start, end, request.people()));
                        return new Placement<>(request, start, end, null);
                    }
                }
            }
        }
        if (!sharedHours) {
            return unplaced(request, oneZone ? Reason.NO_WORKING_DAY : Reason.NO_SHARED_WORKING_HOURS, null);
        }
        return unplaced(request, Reason.NO_FREE_TIME, diaries.fullest(request.people(), byPreference, times, rules.zone(),
                request.minutes()));
    }

    private static <K> Placement<K> unplaced(Request<K> request, Reason reason, @Nullable String person) {
        return new Placement<>(request, null, null, new Problem(reason, person));
    }

    /**
     * The starts of a working day in the order they are tried: the wanted time (moved into working
     * hours if it lies outside them), then a grid step earlier, a step later, two steps earlier, ...
     */
    static List<LocalTime> times(WorkingWeek week, LocalTime wanted, int minutes) {
        if (Duration.ofMinutes(minutes).compareTo(week.length()) > 0) {
            return List.of();
        }
        LocalTime latestStart = week.end().minusMinutes(minutes);
        LocalTime anchor = wanted.isBefore(week.start()) ? week.start() : wanted.isAfter(latestStart) ? latestStart : wanted;
        int first = -(int) (ChronoUnit.MINUTES.between(week.start(), anchor) / GRID_MINUTES);
        int last = (int) (ChronoUnit.MINUTES.between(anchor, latestStart) / GRID_MINUTES);
        List<LocalTime> times = new ArrayList<>();
        times.add(anchor);
        for (int step = 1; step <= Math.max(-first, last); step++) {
            if (step <= -first) {
                times.add(anchor.minusMinutes((long) step * GRID_MINUTES));
            }
            if (step <= last) {
                times.add(anchor.plusMinutes((long) step * GRID_MINUTES));
            }
        }
        return times;
    }

    /**
     * The starts of a whole day of the program's zone in the order they are tried, for people in
     * several zones: the wanted time, then a grid step earlier, a step later, ... ending by midnight.
     */
    static List<LocalTime> wholeDayTimes(LocalTime wanted, int minutes) {
        int latestStart = 24 * 60 - minutes;
        int anchor = Math.min(wanted.toSecondOfDay() / 60, latestStart);
        List<LocalTime> times = new ArrayList<>();
        times.add(LocalTime.ofSecondOfDay(anchor * 60L));
        for (int step = 1; anchor - step * GRID_MINUTES >= 0 || anchor + step * GRID_MINUTES <= latestStart; step++) {
            if (anchor - step * GRID_MINUTES >= 0) {
                times.add(LocalTime.ofSecondOfDay((anchor - step * GRID_MINUTES) * 60L));
            }
            if (anchor + step * GRID_MINUTES <= latestStart) {
                times.add(LocalTime.ofSecondOfDay((anchor + step * GRID_MINUTES) * 60L));
            }
        }
        return times;
    }

    /**
     * Whether a single meeting may move to {@code [start, end)}: the first of {@code others} that one
     * of {@code people} already attends then. Working days and hours are checked by the caller with
     * {@link Rules}, so that it can say which rule a move breaks.
     */
    static Optional<Clash> firstClash(List<Booking> others, List<String> people, Instant start, Instant end) {
        for (int i = 0; i < others.size(); i++) {
            Booking other = others.get(i);
            if (overlaps(start, end, other.start(), other.end())) {
                for (String person : people) {
                    if (other.people().contains(person)) {
                        return Optional.of(new Clash(person, i));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Half-open intervals: a meeting may begin the minute another ends. */
    static boolean overlaps(Instant start, Instant end, Instant otherStart, Instant otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }

    /** Every person's meetings, by local day, for quick look-ups. */
    private static final class Diaries {

        private final ZoneId zone;
        private final Map<String, Map<LocalDate, List<Booking>>> byPerson = new HashMap<>();

        Diaries(ZoneId zone) {
            this.zone = zone;
        }

        /** Writes the meeting into the diary of each of its people, on every local day it touches. */
        void book(Booking booking) {
            LocalDate first = LocalDate.ofInstant(booking.start(), zone);
            LocalDate last = LocalDate.ofInstant(booking.end(), zone);
            for (String person : booking.people()) {
                Map<LocalDate, List<Booking>> days = byPerson.computeIfAbsent(person, p -> new HashMap<>());
                for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                    days.computeIfAbsent(day, d -> new ArrayList<>()).add(booking);
                }
            }
        }

        private List<Booking> on(String person, LocalDate day) {
            return byPerson.getOrDefault(person, Map.of()).getOrDefault(day, List.of());
        }

        /** Whether {@code person} has nothing in {@code [start, end)}, a span inside the local {@code day}. */
        boolean free(String person, LocalDate day, Instant start, Instant end) {
            for (Booking booking : on(person, day)) {
                if (overlaps(start, end, booking.start(), booking.end())) {
                    return false;
                }
            }
            return true;
        }

        boolean allFree(List<String> people, LocalDate day, Instant start, Instant end) {
            for (String person : people) {
                if (!free(person, day, start, end)) {
                    return false;
                }
            }
            return true;
        }

        /** How many meetings the busiest of {@code people} has on {@code day}. */
        int busiest(List<String> people, LocalDate day) {
            int most = 0;
            for (String person : people) {
                most = Math.max(most, on(person, day).size());
            }
            return most;
        }

        /** The person who is busy at the most of the starts tried (the first of them on a tie). */
        @Nullable String fullest(List<String> people, List<LocalDate> days, List<LocalTime> times, ZoneId zone,
                                 int minutes) {
            String fullest = null;
            int most = 0;
            for (String person : people) {
                int busy = 0;
                for (LocalDate day : days) {
                    for (LocalTime time : times) {
                        Instant start = ZonedDateTime.of(day, time, zone).toInstant();
                        if (!free(person, day, start, start.plus(Duration.ofMinutes(minutes)))) {
                            busy++;
                        }
                    }
                }
                if (busy > most) {
                    most = busy;
                    fullest = person;
                }
            }
            return fullest;
        }
    }
}
