package com.ascent.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.calendar.CalendarGenerator.PairToPlan;
import com.ascent.app.calendar.CalendarGenerator.PlannedEvent;
import com.ascent.app.calendar.CalendarGenerator.Scheduling;
import com.ascent.app.calendar.CalendarGenerator.Series;
import com.ascent.app.calendar.CalendarGenerator.Slot;
import com.ascent.app.calendar.MeetingScheduler.Booking;
import com.ascent.app.organization.WorkingWeek;
import com.ascent.plugin.api.calendar.Attendee;
import com.ascent.plugin.api.calendar.Cadence;
import com.ascent.plugin.api.calendar.Charter;
import com.ascent.plugin.api.calendar.FrameworkDraft;
import com.ascent.plugin.api.calendar.MeetingAgendas;
import com.ascent.plugin.api.calendar.Milestone;
import com.ascent.plugin.api.roster.PairKind;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/**
 * The rules of conflict-free scheduling over random programs: rosters (guides with one to four
 * HiPos, mentors and coaches, managers shared by HiPos), cadences, review cadences and attendees,
 * meeting lengths and times, working weeks and hours (also short ones, and in zones with daylight
 * saving), holidays, events kept from before, and people who work in zones of their own. Whatever
 * the program, nobody is ever booked twice, and every event lies inside each of its people's
 * working hours on one of their working days (in their own zone), within the program's period, or
 * is flagged with the reason why no such time exists.
 */
class ConflictFreeSchedulingPropertyTest {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Warsaw"), ZoneId.of("America/New_York"),
            ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Kolkata"), ZoneId.of("UTC"));

    @Property(tries = 200)
    void nobodyIsDoubleBookedAndEveryEventKeepsTheRulesOrIsFlagged(@ForAll("programs") Program program) {
        List<PlannedEvent> events = CalendarGenerator.plan(program.framework(), program.pairs(), program.scheduling(),
                program.fixed());

        FrameworkDraft framework = program.framework();
        ZoneId zone = framework.timeZone();
        Map<String, List<Instant[]>> diaries = new HashMap<>();
        for (Booking kept : program.fixed()) {
            kept.people().forEach(p -> diaries.computeIfAbsent(p, k -> new ArrayList<>())
                    .add(new Instant[] {kept.start(), kept.end()}));
        }
        for (PlannedEvent event : events) {
            assertThat(event.endsAt()).isEqualTo(event.startsAt().plus(Duration.ofMinutes(framework.sessionMinutes())));
            if (event.problem() != null) {
                assertThat(event.problem().reason()).isNotNull();
                continue;
            }
            assertThat(event.startsAt().atZone(zone).toLocalDate()).as("inside the program: %s", event)
                    .isBetween(framework.startDate(), framework.endDate());
            List<String> people = program.people(event.slot());
            for (ZoneId own : people.isEmpty() ? List.of(zone)
                    : people.stream().map(p -> program.zones().getOrDefault(p, zone)).distinct().toList()) {
                ZonedDateTime start = event.startsAt().atZone(own);
                ZonedDateTime end = event.endsAt().atZone(own);
                LocalDate day = start.toLocalDate();
                assertThat(program.week().days()).as("a working day in %s: %s", own, event).contains(day.getDayOfWeek());
                assertThat(framework.holidays()).as("not a holiday in %s: %s", own, event).doesNotContain(day);
                assertThat(end.toLocalDate()).as("ends the day it begins in %s: %s", own, event).isEqualTo(day);
                assertThat(start.toLocalTime()).as("not before the working day in %s: %s", own, event)
                        .isAfterOrEqualTo(program.week().start());
                assertThat(end.toLocalTime()).as("not after the working day in %s: %s", own, event)
                        .isBeforeOrEqualTo(program.week().end());
            }
            for (String person : people) {
                List<Instant[]> diary = diaries.computeIfAbsent(person, k -> new ArrayList<>());
                for (Instant[] other : diary) {
                    assertThat(event.startsAt().isBefore(other[1]) && other[0].isBefore(event.endsAt()))
                            .as("%s is booked twice: %s and %s-%s", person, event, other[0], other[1]).isFalse();
                }
                diary.add(new Instant[] {event.startsAt(), event.endsAt()});
            }
        }
    }

    @Provide
    Arbitrary<Program> programs() {
        return Arbitraries.randomValue(ConflictFreeSchedulingPropertyTest::program);
    }

    /** A random program; everything is drawn from {@code random}, so that jqwik's seed replays it. */
    static Program program(Random random) {
        LocalDate start = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(730));
        int months = 1 + random.nextInt(12);
        LocalDate end = start.plusMonths(months).minusDays(1);
        ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        while (days.isEmpty()) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (random.nextInt(10) < 6) {
                    days.add(day);
                }
            }
        }
        LocalTime dayStart = LocalTime.MIDNIGHT.plusMinutes(30L * random.nextInt(36));
        int dayLength = 30 * (1 + random.nextInt(Math.min(20, (int) Duration.between(dayStart, LocalTime.MAX).toMinutes() / 30)));
        WorkingWeek week = new WorkingWeek(days, dayStart, dayStart.plusMinutes(dayLength));
        int minutes = List.of(15, 30, 45, 60, 90, 120, 240).get(random.nextInt(7));
        LocalTime wanted = LocalTime.MIDNIGHT.plusMinutes(15L * random.nextInt(96));
        Cadence mentoring = random.nextInt(4) == 0 ? null : cadence(random);
        Cadence coaching = mentoring != null && random.nextInt(3) == 0 ? null : cadence(random);
        List<LocalDate> holidays = new ArrayList<>();
        for (int i = random.nextInt(25); i > 0; i--) {
            holidays.add(start.plusDays(random.nextInt(months * 31)));
        }
        Set<Attendee> attendees = EnumSet.noneOf(Attendee.class);
        for (Attendee attendee : Attendee.values()) {
            if (random.nextBoolean()) {
                attendees.add(attendee);
            }
        }
        FrameworkDraft framework = new FrameworkDraft(start, end, zone, wanted, minutes, mentoring, coaching,
                random.nextInt(months + 1), 1 + random.nextInt(months), attendees,
                random.nextBoolean() ? Set.of(Milestone.values()) : Set.of(Milestone.KICK_OFF), holidays,
                Charter.empty(), MeetingAgendas.empty());

        List<String> guides = new ArrayList<>();
        Map<String, Integer> capacity = new HashMap<>();
        for (int g = random.nextInt(6); g >= 0; g--) {
            guides.add("guide-" + g);
            capacity.put("guide-" + g, 1 + random.nextInt(4));
        }
        List<PairToPlan> pairs = new ArrayList<>();
        Map<UUID, String> hipoOfPair = new HashMap<>();
        Map<UUID, String> guideOfPair = new HashMap<>();
        Map<String, @Nullable String> managerOf = new HashMap<>();
        for (int h = random.nextInt(12); h >= 0; h--) {
            String hipo = "hipo-" + h;
            UUID hipoId = UUID.nameUUIDFromBytes(hipo.getBytes());
            managerOf.put(hipo, random.nextInt(3) == 0 ? null : "manager-" + random.nextInt(3));
            for (PairKind kind : PairKind.values()) {
                String guide = guides.get(random.nextInt(guides.size()));
                if (random.nextBoolean() && capacity.get(guide) > 0) {
                    capacity.merge(guide, -1, Integer::sum);
                    UUID pairId = UUID.nameUUIDFromBytes((hipo + kind).getBytes());
                    pairs.add(new PairToPlan(pairId, hipoId, kind));
                    hipoOfPair.put(pairId, hipo);
                    guideOfPair.put(pairId, guide);
                }
            }
        }
        List<String> everyone = new ArrayList<>(new HashSet<>(hipoOfPair.values()));
        everyone.addAll(new HashSet<>(guideOfPair.values()));
        everyone.sort(null);
        List<Booking> fixed = new ArrayList<>();
        for (int i = random.nextInt(6); i > 0 && !everyone.isEmpty(); i--) {
            Instant at = ZonedDateTime.of(start.plusDays(random.nextInt(months * 28)), LocalTime.of(8 + random.nextInt(9), 0),
                    zone).toInstant();
            fixed.add(new Booking(at, at.plus(Duration.ofMinutes(minutes)),
                    List.of(everyone.get(random.nextInt(everyone.size())), "HR")));
        }
        // In a third of the programs, some people work in zones of their own.
        Map<String, ZoneId> zones = new HashMap<>();
        if (random.nextInt(3) == 0) {
            List<String> anyone = new ArrayList<>(everyone);
            managerOf.values().stream().filter(java.util.Objects::nonNull).distinct().sorted().forEach(anyone::add);
            for (String person : anyone) {
                if (random.nextBoolean()) {
                    zones.put(person, ZONES.get(random.nextInt(ZONES.size())));
                }
            }
        }
        return new Program(framework, week, List.copyOf(pairs), hipoOfPair, guideOfPair, managerOf, everyone, fixed,
                zones);
    }

    private static Cadence cadence(Random random) {
        return random.nextInt(3) == 0 ? Cadence.months(1 + random.nextInt(3)) : Cadence.weeks(1 + random.nextInt(4));
    }

    /** A random program and who attends what in it, as the host's participants rules say. */
    record Program(FrameworkDraft framework, WorkingWeek week, List<PairToPlan> pairs, Map<UUID, String> hipoOfPair,
                   Map<UUID, String> guideOfPair, Map<String, @Nullable String> managerOf, List<String> everyone,
                   List<Booking> fixed, Map<String, ZoneId> zones) {

        Scheduling scheduling() {
            return new Scheduling(week, this::people, zones);
        }

        List<String> people(Slot slot) {
            List<String> people = new ArrayList<>();
            if (slot.pairId() == null) {
                people.addAll(everyone);
                people.add("HR");
                return people;
            }
            String hipo = hipoOfPair.get(slot.pairId());
            if (slot.series() != Series.REVIEW) {
                return List.of(hipo, guideOfPair.get(slot.pairId()));
            }
            Set<Attendee> attendees = framework.reviewAttendees();
            if (attendees.contains(Attendee.HIPO)) {
                people.add(hipo);
            }
            for (PairToPlan pair : pairs) {
                boolean wanted = pair.kind() == PairKind.MENTORING ? attendees.contains(Attendee.MENTOR)
                        : attendees.contains(Attendee.COACH);
                if (hipoOfPair.get(pair.pairId()).equals(hipo) && wanted
                        && !people.contains(guideOfPair.get(pair.pairId()))) {
                    people.add(guideOfPair.get(pair.pairId()));
                }
            }
            String manager = managerOf.get(hipo);
            if (attendees.contains(Attendee.MANAGER) && manager != null) {
                people.add(manager);
            }
            if (attendees.contains(Attendee.HR)) {
                people.add("HR");
            }
            return people;
        }
    }
}
