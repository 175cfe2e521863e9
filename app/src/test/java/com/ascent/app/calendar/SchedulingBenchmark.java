package com.ascent.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.calendar.CalendarGenerator.PairToPlan;
import com.ascent.app.calendar.CalendarGenerator.PlannedEvent;
import com.ascent.app.calendar.CalendarGenerator.Scheduling;
import com.ascent.app.calendar.CalendarGenerator.Series;
import com.ascent.app.calendar.CalendarGenerator.Slot;
import com.ascent.app.organization.WorkingWeek;
import com.ascent.plugin.api.calendar.Attendee;
import com.ascent.plugin.api.calendar.Cadence;
import com.ascent.plugin.api.calendar.Charter;
import com.ascent.plugin.api.calendar.FrameworkDraft;
import com.ascent.plugin.api.calendar.MeetingAgendas;
import com.ascent.plugin.api.calendar.Milestone;
import com.ascent.plugin.api.roster.PairKind;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Scheduling a large program conflict-free: 1,000 mentoring pairs (200 mentors with five HiPos
 * each, 100 managers), 12 months, sessions every two weeks, quarterly progress reviews with the
 * HiPo, the mentor and the manager, and the three milestones for everyone. Measures
 * {@link CalendarGenerator#plan} with {@link MeetingScheduler}, against the old placement measured
 * in the same run (every event at the structure's time on its nominal working day, no checks),
 * and counts the double bookings of each; and the same program with every fifth mentor working in
 * New York (their working hours in their own zone), where pairs meet in the two hours both working
 * days share. Median of five runs after two warm-up runs.
 *
 * <p>Not part of the normal build (tag {@code benchmark}); the command is in docs/benchmarks.md.
 */
@Tag("benchmark")
class SchedulingBenchmark {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    static final LocalDate START = LocalDate.of(2027, 1, 11);
    static final int GUIDES = 200;
    static final int HIPOS_PER_GUIDE = 5;
    static final int MANAGERS = 100;

    @Test
    void thousandPairsForTwelveMonthsAreScheduledConflictFree() throws IOException {
        FrameworkDraft framework = new FrameworkDraft(START, START.plusMonths(12).minusDays(1), WARSAW,
                LocalTime.of(10, 0), 60, Cadence.weeks(2), null, 0, 3,
                java.util.Set.of(Attendee.HIPO, Attendee.MENTOR, Attendee.MANAGER), java.util.Set.of(Milestone.values()),
                List.of(LocalDate.of(2027, 4, 5), LocalDate.of(2027, 5, 3), LocalDate.of(2027, 11, 11)),
                Charter.empty(), MeetingAgendas.empty());
        List<PairToPlan> pairs = new ArrayList<>();
        Map<UUID, String[]> people = new HashMap<>();
        List<String> everyone = new ArrayList<>();
        for (int g = 0; g < GUIDES; g++) {
            everyone.add("mentor-" + g);
            for (int h = 0; h < HIPOS_PER_GUIDE; h++) {
                int hipo = g * HIPOS_PER_GUIDE + h;
                UUID pairId = new UUID(1, hipo);
                pairs.add(new PairToPlan(pairId, new UUID(2, hipo), PairKind.MENTORING));
                people.put(pairId, new String[] {"hipo-" + hipo, "mentor-" + g, "manager-" + (hipo % MANAGERS)});
                everyone.add("hipo-" + hipo);
            }
        }
        everyone.add("HR");
        Scheduling scheduling = new Scheduling(WorkingWeek.DEFAULT, slot -> attendees(slot, people, everyone));
        Map<String, ZoneId> newYork = new HashMap<>();
        for (int g = 0; g < GUIDES; g += 5) {
            newYork.put("mentor-" + g, ZoneId.of("America/New_York"));
        }
        Scheduling acrossZones = new Scheduling(WorkingWeek.DEFAULT, slot -> attendees(slot, people, everyone), newYork);

        List<PlannedEvent> scheduled = List.of();
        List<PlannedEvent> naive = List.of();
        List<PlannedEvent> zoned = List.of();
        // Wall-clock time, and the CPU time of this thread: on a shared machine the second shows the work itself.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] conflictFree = new long[5];
        long[] conflictFreeCpu = new long[5];
        long[] baseline = new long[5];
        long[] baselineCpu = new long[5];
        long[] withZones = new long[5];
        long[] withZonesCpu = new long[5];
        for (int run = -2; run < 5; run++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            naive = naive(framework, pairs);
            long c1 = threads.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            scheduled = CalendarGenerator.plan(framework, pairs, scheduling, List.of());
            long c2 = threads.getCurrentThreadCpuTime();
            long t2 = System.nanoTime();
            zoned = CalendarGenerator.plan(framework, pairs, acrossZones, List.of());
            long c3 = threads.getCurrentThreadCpuTime();
            long t3 = System.nanoTime();
            if (run >= 0) {
                withZones[run] = t3 - t2;
                withZonesCpu[run] = c3 - c2;
                baseline[run] = t1 - t0;
                baselineCpu[run] = c1 - c0;
                conflictFree[run] = t2 - t1;
                conflictFreeCpu[run] = c2 - c1;
            }
        }
        long sessions = scheduled.stream().filter(e -> e.slot().series() == Series.MENTORING).count();
        long reviews = scheduled.stream().filter(e -> e.slot().series() == Series.REVIEW).count();
        long unscheduled = scheduled.stream().filter(e -> e.problem() != null).count();
        long doubleBookings = doubleBookings(scheduled, slot -> attendees(slot, people, everyone));
        long naiveDoubleBookings = doubleBookings(naive, slot -> attendees(slot, people, everyone));
        long zonedUnscheduled = zoned.stream().filter(e -> e.problem() != null).count();
        long zonedDoubleBookings = doubleBookings(zoned, slot -> attendees(slot, people, everyone));
        List<String> report = List.of(
                "Scheduling benchmark (" + Runtime.getRuntime().availableProcessors() + " processors, Java "
                        + Runtime.version() + ")",
                "pairs " + pairs.size() + ", mentors " + GUIDES + ", events " + scheduled.size() + " (sessions " + sessions
                        + ", reviews " + reviews + "), unscheduled " + unscheduled,
                String.format(Locale.ROOT, "conflict-free scheduling: median %d ms wall (runs %s), %d ms CPU;"
                                + " people double-booked: %d", median(conflictFree), millis(conflictFree),
                        median(conflictFreeCpu), doubleBookings),
                String.format(Locale.ROOT, "baseline, old placement: median %d ms wall (runs %s), %d ms CPU;"
                                + " people double-booked: %d", median(baseline), millis(baseline), median(baselineCpu),
                        naiveDoubleBookings),
                String.format(Locale.ROOT, "conflict-free, every fifth mentor in New York: median %d ms wall (runs %s),"
                                + " %d ms CPU; people double-booked: %d; unscheduled %d", median(withZones),
                        millis(withZones), median(withZonesCpu), zonedDoubleBookings, zonedUnscheduled),
                "  unscheduled across zones, by series and reason: " + zoned.stream().filter(e -> e.problem() != null)
                        .collect(java.util.stream.Collectors.groupingBy(e -> e.slot().series() + " " + e.problem().reason(),
                                java.util.TreeMap::new, java.util.stream.Collectors.counting())),
                "load average (1 min) at the end: " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        report.forEach(System.out::println);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "scheduling-benchmark.txt"), report);

        assertThat(doubleBookings).isZero();
        assertThat(unscheduled).isZero();
        assertThat(zonedDoubleBookings).isZero();
    }

    private static List<String> attendees(Slot slot, Map<UUID, String[]> people, List<String> everyone) {
        if (slot.pairId() == null) {
            return everyone;
        }
        String[] pair = people.get(slot.pairId());
        return slot.series() == Series.REVIEW ? List.of(pair) : List.of(pair[0], pair[1]);
    }

    /** The placement before issue 16: every event at the structure's time on its nominal day, moved off weekends and holidays. */
    private static List<PlannedEvent> naive(FrameworkDraft framework, List<PairToPlan> pairs) {
        List<PlannedEvent> events = new ArrayList<>();
        for (Milestone milestone : framework.milestones()) {
            LocalDate day = switch (milestone) {
                case KICK_OFF -> framework.startDate();
                case MID_POINT -> framework.startDate().plusDays(
                        Duration.between(framework.startDate().atStartOfDay(), framework.endDate().atStartOfDay()).toDays() / 2);
                case CLOSING -> framework.endDate();
            };
            events.add(at(framework, new Slot(null, Series.valueOf(milestone.name()), 1), day));
        }
        for (PairToPlan pair : pairs) {
            List<LocalDate> days = CalendarGenerator.series(framework.startDate(), framework.mentoring(), framework.endDate());
            for (int i = 0; i < days.size(); i++) {
                events.add(at(framework, new Slot(pair.pairId(), Series.MENTORING, i + 1), days.get(i)));
            }
            List<LocalDate> reviews = CalendarGenerator.series(framework.startDate(),
                    Cadence.months(framework.reviewEveryMonths()), framework.endDate());
            for (int i = 0; i < reviews.size(); i++) {
                events.add(at(framework, new Slot(pair.pairId(), Series.REVIEW, i + 1), reviews.get(i)));
            }
        }
        return events;
    }

    private static PlannedEvent at(FrameworkDraft framework, Slot slot, LocalDate nominal) {
        LocalDate day = nominal;
        while (day.getDayOfWeek().getValue() > 5 || framework.holidays().contains(day)) {
            day = day.plusDays(1);
        }
        Instant start = ZonedDateTime.of(day, framework.sessionStart(), framework.timeZone()).toInstant();
        return new PlannedEvent(slot, start, start.plus(Duration.ofMinutes(framework.sessionMinutes())), List.of(), null);
    }

    /** How many times a person has an event that overlaps one of theirs placed earlier (events sorted by start). */
    private static long doubleBookings(List<PlannedEvent> events, java.util.function.Function<Slot, List<String>> attendees) {
        List<PlannedEvent> timed = events.stream().filter(e -> e.problem() == null)
                .sorted(java.util.Comparator.comparing(PlannedEvent::startsAt)).toList();
        Map<String, Instant> busyUntil = new HashMap<>();
        long clashes = 0;
        for (PlannedEvent event : timed) {
            for (String person : attendees.apply(event.slot())) {
                Instant until = busyUntil.get(person);
                if (until != null && until.isAfter(event.startsAt())) {
                    clashes++;
                }
                if (until == null || until.isBefore(event.endsAt())) {
                    busyUntil.put(person, event.endsAt());
                }
            }
        }
        return clashes;
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000_000;
    }

    private static String millis(long[] nanos) {
        return Arrays.toString(Arrays.stream(nanos).map(n -> n / 1_000_000).toArray());
    }
}
