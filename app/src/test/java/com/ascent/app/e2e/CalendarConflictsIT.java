package com.ascent.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.ascent.app.calendar.ProgramCalendarService;
import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.roster.ProgramRosterService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.TestPeople;
import com.ascent.app.support.TestPeople.Spec;
import com.ascent.plugin.api.calendar.Attendee;
import com.ascent.plugin.api.calendar.Cadence;
import com.ascent.plugin.api.calendar.CalendarEvent;
import com.ascent.plugin.api.calendar.Charter;
import com.ascent.plugin.api.calendar.EventKind;
import com.ascent.plugin.api.calendar.FrameworkDraft;
import com.ascent.plugin.api.calendar.MeetingAgendas;
import com.ascent.plugin.api.calendar.Milestone;
import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.PairProposal;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 16's acceptance in Chromium: a 9-month program in which one mentor guides two HiPos. Month
 * by month, no two of the mentor's events overlap (every event of this program is one of theirs);
 * moving one HiPo's session onto the other's is refused, naming the mentor. Screenshots
 * {@code cal-*} in {@code target/screenshots}; each screen is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ascent.data-dir=${java.io.tmpdir}/ascent-calendar-${random.uuid}")
@ActiveProfiles("test")
class CalendarConflictsIT extends BrowserTest {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    static final LocalDate START = LocalDate.of(2027, 1, 11);
    static final LocalDate END = LocalDate.of(2027, 10, 10);
    static final Pattern LEADING_TIME = Pattern.compile("^(\\d{1,2}):(\\d{2})(?:[\\s\\u00A0\\u202F]*([AP]M))?");

    @Autowired
    TestPeople people;
    @Autowired
    ProgramService programs;
    @Autowired
    ProgramRosterService roster;
    @Autowired
    ProgramCalendarService calendar;

    final JourneyTexts t = JourneyTexts.english();
    Account hr;
    Program program;
    List<CalendarEvent> events;

    @BeforeAll
    void aNineMonthProgramWithOneMentorForTwoHipos() {
        hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        program = programs.create(new ProgramDraft("Nine months 2027", "", START, "Maria Nowak", END));
        List<UUID> ids = people.addAll(hr.organizationId(), List.of(Spec.of("Ana Finance", "Finance", 5),
                Spec.of("Ben Sales", "Sales", 5), Spec.of("Kenji Tanaka", "Operations", 10)));
        RosterMember ana = roster.addMember(program.id(), MemberDraft.hipo(ids.get(0)));
        RosterMember ben = roster.addMember(program.id(), MemberDraft.hipo(ids.get(1)));
        RosterMember kenji = roster.addMember(program.id(), MemberDraft.employee(ids.get(2), RosterRole.MENTOR, 2,
                List.of("English"), Availability.HIGH, List.of()));
        List<Pair> pairs = List.of(
                roster.addPair(program.id(), new PairProposal(ana.id(), kenji.id(), PairKind.MENTORING,
                        new BigDecimal("80"), List.of())),
                roster.addPair(program.id(), new PairProposal(ben.id(), kenji.id(), PairKind.MENTORING,
                        new BigDecimal("80"), List.of())));
        roster.confirm(program.id(), pairs);
        calendar.saveFramework(program.id(), 0, new FrameworkDraft(START, END, WARSAW, LocalTime.of(10, 0), 60,
                Cadence.weeks(2), null, 0, 3, Set.of(Attendee.HIPO, Attendee.MENTOR, Attendee.HR),
                Set.of(Milestone.values()), List.of(), Charter.empty(), MeetingAgendas.empty()));
        calendar.generate(program.id(), Locale.ENGLISH);
        events = calendar.events(program.id());
        accounts.signOut();
    }

    @Test
    void theMonthViewShowsNoOverlappingEventsAndAMoveOntoTheOtherPairsTimeIsRefusedNamingTheMentor() {
        signIn(hr);
        page.navigate(url("programs/" + program.id() + "/steps/framework"));
        browser.settle();
        FrameworkJourney framework = new FrameworkJourney(page, t);
        framework.showCalendar();

        for (YearMonth month = YearMonth.from(START); !month.isAfter(YearMonth.from(END)); month = month.plusMonths(1)) {
            framework.showMonth(month);
            assertNoOverlaps(month);
            if (month.equals(YearMonth.from(START))) {
                framework.scrollToMonth();
                browser.screenshot("cal-01-month-without-overlaps");
            }
        }

        // Ana's first session onto the day of Ben's first session at the same time of day: Kenji has that one
        CalendarEvent anas = session("Ana Finance");
        CalendarEvent bens = session("Ben Sales");
        Assertions.assertThat(anas.startsAt().atZone(WARSAW).toLocalTime()).as("the same time of day")
                .isEqualTo(bens.startsAt().atZone(WARSAW).toLocalTime());
        LocalDate bensDay = bens.startsAt().atZone(WARSAW).toLocalDate();
        framework.showMonth(YearMonth.from(anas.startsAt().atZone(WARSAW)));
        framework.entries(anas.startsAt().atZone(WARSAW).toLocalDate(), "session")
                .filter(new Locator.FilterOptions().setHasText("Ana Finance")).click();
        assertThat(page.locator("#event-status")).isVisible();
        page.locator("#event-status").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(t.step("framework", "status.MOVED"))
                .setExact(true)).click();
        Locator date = page.locator("#event-moved-to input").first();
        date.fill(t.typed(bensDay));
        date.press("Enter");
        page.locator("#event-change-reason input").fill("Ana travels that week");
        page.locator("#event-save").click();

        assertThat(page.locator("#event-moved-to"))
                .containsText("Kenji Tanaka already has a session with Ben Sales at that time.");
        browser.screenshot("cal-02-move-refused-naming-the-mentor");
        page.locator("#event-close").click();
        Assertions.assertThat(calendar(program.id())).contains(anas);
    }

    /** Every event shown in the month, by day: none begins before the one before it on that day has ended. */
    private void assertNoOverlaps(YearMonth month) {
        Map<LocalDate, List<LocalTime>> starts = new HashMap<>();
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            List<String> texts = page.locator("#day-" + day + " .calendar-entry:not([data-kind='resource'])")
                    .allTextContents();
            List<LocalTime> ofDay = new ArrayList<>();
            for (String text : texts) {
                Assertions.assertThat(text).as("every event has its time").doesNotStartWith("Not scheduled");
                ofDay.add(startOf(text));
            }
            ofDay.sort(null);
            for (int i = 1; i < ofDay.size(); i++) {
                Assertions.assertThat(ofDay.get(i)).as("%s: %s", day, texts).isAfterOrEqualTo(ofDay.get(i - 1).plusHours(1));
            }
            starts.put(day, ofDay);
        }
        Assertions.assertThat(starts.values().stream().mapToInt(List::size).sum()).as("events shown in %s", month)
                .isEqualTo(events.stream().filter(e -> YearMonth.from(e.startsAt().atZone(WARSAW)).equals(month)).count());
    }

    /** The time an entry begins with, as "10:30 AM" or "10:30" (whichever format locale the page uses). */
    private static LocalTime startOf(String entry) {
        Matcher time = LEADING_TIME.matcher(entry);
        Assertions.assertThat(time.find()).as("a time at the start of %s", entry).isTrue();
        int hour = Integer.parseInt(time.group(1)) % (time.group(3) == null ? 24 : 12);
        return LocalTime.of(time.group(3) != null && time.group(3).startsWith("P") ? hour + 12 : hour,
                Integer.parseInt(time.group(2)));
    }

    private CalendarEvent session(String hipo) {
        return events.stream().filter(e -> e.kind() == EventKind.SESSION && e.title().contains(hipo)).findFirst()
                .orElseThrow();
    }

    private List<CalendarEvent> calendar(UUID programId) {
        accounts.signIn(hr);
        try {
            return calendar.events(programId);
        } finally {
            accounts.signOut();
        }
    }
}
