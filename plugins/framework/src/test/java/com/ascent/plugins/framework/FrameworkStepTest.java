package com.ascent.plugins.framework;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.program.ProgramDraft;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.StepStatus;
import com.ascent.plugin.api.calendar.ActionItem;
import com.ascent.plugin.api.calendar.CalendarEvent;
import com.ascent.plugin.api.calendar.CalendarService;
import com.ascent.plugin.api.calendar.EventKind;
import com.ascent.plugin.api.calendar.EventStatus;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.support.AssignmentStatus;
import com.ascent.plugin.api.support.Resource;
import com.ascent.plugin.api.support.ResourceDraft;
import com.ascent.plugin.api.support.ResourceType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The Program framework step as HR uses it, in English with the dates of the (mock) browser, the US
 * way: loaded by PF4J from this module, on a real step context and database. The kit's program
 * starts next month and runs twelve months; the tests of a running program, or of one of nine
 * months, give it that period first ({@code programRuns}).
 */
class FrameworkStepTest extends FrameworkStepTestBase {

    private static final String TWELVE_MONTHS = "12 months: monthly mentoring, coaching every two weeks for the "
            + "first six months, quarterly progress reviews, kick-off and closing events";

    @Test
    void thePluginIsStartedAndOffersItsStep() {
        assertThat(plugins()).filteredOn(p -> p.id().equals("ascent-step-framework")).singleElement()
                .satisfies(p -> {
                    assertThat(p.state()).isEqualTo("STARTED");
                    assertThat(p.steps()).containsExactly(STEP);
                });
    }

    @Test
    void aTwelveMonthTemplateWithQuarterlyReviewsGivesEveryPairItsCalendar() {
        StepContext context = context(STEP);
        Cohort cohort = cohortIn(context);
        LocalDate start = context.program().startDate();
        assertThat(status(STEP).missing()).contains("Set the program structure and save it.",
                "Generate the calendar for Ana Finance with Mia Marketing (mentoring).");
        show(STEP);

        test($(Select.class).id("framework-template")).selectItem(TWELVE_MONTHS);
        test($(Button.class).id("apply-template")).click();
        assertThat($(DatePicker.class).id("framework-end").getValue()).isEqualTo(start.plusMonths(12).minusDays(1));
        assertThat($(IntegerField.class).id("review-every").getValue()).isEqualTo(3);
        assertThat($(IntegerField.class).id("coaching-every").getValue()).isEqualTo(2);
        test($(Button.class).id("generate-calendar")).click();

        CalendarService calendar = context.calendar();
        assertThat(calendar.pairsWithoutCalendar()).isEmpty();
        assertThat(status(STEP)).isEqualTo(StepStatus.done());
        assertThat(changes().savedCount()).as("the shell's stepper and save indicator are told").isPositive();
        List<CalendarEvent> events = calendar.events();
        assertThat(events).filteredOn(e -> e.kind() == EventKind.REVIEW).hasSize(6);
        test($(TabSheet.class).id("framework-tabs")).select("Calendar");
        showAsList();
        assertThat(test($(Grid.class).id("calendar-grid")).size()).isEqualTo(events.size());

        ComboBox<Pair> pair = $(ComboBox.class).id("calendar-pair");
        pair.setValue(cohort.benWithFelix());
        assertThat(test($(Grid.class).id("calendar-grid")).size())
                .isEqualTo(calendar.eventsOfPair(cohort.benWithFelix().id()).size());
    }

    @Test
    void badInputIsRefusedAtTheFieldAndNothingIsSaved() {
        StepContext context = context(STEP);
        cohortIn(context);
        LocalDate start = context.program().startDate();
        show(STEP);
        IntegerField mentoring = $(IntegerField.class).id("mentoring-every");
        mentoring.setValue(0);
        test($(Button.class).id("save-structure")).click();
        assertThat(mentoring.isInvalid()).isTrue();
        assertThat(mentoring.getErrorMessage()).contains("at least 1 week or month apart");

        mentoring.setValue(1);
        DatePicker end = $(DatePicker.class).id("framework-end");
        test(end).setValue(start.minusDays(1));
        test($(Button.class).id("save-structure")).click();
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("The end date must be on or after the start date.");

        test(end).setValue(start.plusMonths(37));
        test($(Button.class).id("save-structure")).click();
        assertThat(end.getErrorMessage()).contains("at most 36 months");

        test(end).setValue(start.plusMonths(12));
        IntegerField coaching = $(IntegerField.class).id("coaching-every");
        coaching.setValue(0);
        test($(Button.class).id("save-structure")).click();
        assertThat(end.isInvalid()).isFalse();
        assertThat(coaching.isInvalid()).isTrue();
        assertThat(coaching.getErrorMessage()).contains("at least 1 week or month apart");

        coaching.setValue(2);
        IntegerField reviews = $(IntegerField.class).id("review-every");
        reviews.setValue(0);
        test($(Button.class).id("save-structure")).click();
        assertThat(reviews.isInvalid()).isTrue();
        assertThat(reviews.getErrorMessage()).contains("at least 1 week or month apart");
        assertThat(context.calendar().framework()).isEmpty();
    }

    /** Issue 16: a mentor's two HiPos were booked at the same time; a move onto someone's other meeting is refused, naming them. */
    @Test
    void movingASessionOntoAnotherMeetingOfOneOfItsPeopleIsRefusedNamingThePerson() {
        StepContext context = context(STEP);
        Cohort cohort = cohortIn(context);
        CalendarService calendar = context.calendar();
        showGeneratedCalendar();
        showAsList();
        Grid<CalendarEvent> grid = $(Grid.class).id("calendar-grid");
        CalendarEvent withMia = grid.getListDataView().getItem(rowOf(grid, cohort.anaWithMia().id()));
        int withClaire = rowOf(grid, cohort.anaWithClaire().id());
        ZoneId zone = calendar.framework().orElseThrow().structure().timeZone();

        test(grid).select(withClaire);
        test($(Select.class).id("event-status")).selectItem("Moved");
        DateTimePicker movedTo = $(DateTimePicker.class).id("event-moved-to");
        movedTo.setValue(withMia.startsAt().atZone(zone).toLocalDateTime());
        test($(Button.class).id("event-save")).click();

        assertThat(movedTo.isInvalid()).isTrue();
        assertThat(movedTo.getErrorMessage()).isEqualTo("Ana Finance already has a session with Mia Marketing at that time.");
        assertThat($(Dialog.class).id("event-dialog").isOpened()).isTrue();
        assertThat(calendar.events()).filteredOn(e -> e.status() == EventStatus.MOVED).isEmpty();
    }

    /** Issue 16: a 9-month program started as a 12-month one until step 3 was edited. */
    @Test
    void aNewStructureCoversTheProgramsPeriodAndATemplateKeepsToIt() {
        LocalDate start = LocalDate.now().minusMonths(3);
        LocalDate lastDay = ProgramDraft.lastDay(start, 9);
        programRuns(start, lastDay);

        show(STEP);

        assertThat($(DatePicker.class).id("framework-start").getValue()).isEqualTo(start);
        assertThat($(DatePicker.class).id("framework-end").getValue()).isEqualTo(lastDay);
        test($(Select.class).id("framework-template")).selectItem(TWELVE_MONTHS);
        test($(Button.class).id("apply-template")).click();
        assertThat($(DatePicker.class).id("framework-end").getValue()).isEqualTo(lastDay);
    }

    /**
     * Issue 16: no way to add a one-off meeting, to say why a meeting moved, or to give people a
     * calendar that follows changes. HR adds a meeting for a pair, cancels one session with its
     * reason (the series stays), and makes, lists and revokes a live feed of the program.
     */
    @Test
    void aOneOffMeetingIsAddedASessionCancelledWithItsReasonAndALiveFeedMadeAndRevoked() {
        StepContext context = context(STEP);
        Cohort cohort = cohortIn(context);
        CalendarService calendar = context.calendar();
        showGeneratedCalendar();
        showAsList();
        ZoneId zone = calendar.framework().orElseThrow().structure().timeZone();
        assertThat($(Button.class).withId("add-meeting").all()).as("a meeting is added for a pair, chosen first")
                .isEmpty();
        ComboBox<Pair> pair = $(ComboBox.class).id("calendar-pair");
        pair.setValue(cohort.benWithFelix());
        Button addMeeting = $(Button.class).id("add-meeting");
        List<CalendarEvent> before = calendar.eventsOfPair(cohort.benWithFelix().id());
        LocalDateTime free = freeHalfHour(context.program().startDate(), before, zone);

        test(addMeeting).click();
        test($(TextField.class).id("meeting-title")).setValue("Before the board meeting");
        $(DateTimePicker.class).id("meeting-starts").setValue(free);
        test($(IntegerField.class).id("meeting-minutes")).setValue(30);
        test($(TextField.class).id("meeting-reason")).setValue("Ben presents to the board");
        test($(Button.class).id("meeting-save")).click();

        List<CalendarEvent> after = calendar.eventsOfPair(cohort.benWithFelix().id());
        assertThat(after).hasSize(before.size() + 1).filteredOn(e -> e.title().equals("Before the board meeting"))
                .singleElement().satisfies(e -> {
                    assertThat(e.startsAt()).isEqualTo(free.atZone(zone).toInstant());
                    assertThat(e.generated()).isFalse();
                });
        Grid<CalendarEvent> grid = $(Grid.class).id("calendar-grid");
        assertThat(test(grid).size()).isEqualTo(after.size());

        int session = rowOf(grid, cohort.benWithFelix().id());
        CalendarEvent cancelled = grid.getListDataView().getItem(session);
        test(grid).select(session);
        test($(Select.class).id("event-status")).selectItem("Cancelled");
        test($(TextField.class).id("event-change-reason")).setValue("Felix on leave");
        test($(Button.class).id("event-save")).click();
        assertThat(calendar.events()).filteredOn(e -> e.status() == EventStatus.CANCELLED)
                .extracting(CalendarEvent::id).containsExactly(cancelled.id());
        assertThat(calendar.changeReason(cancelled.id())).isEqualTo("Felix on leave");

        test($(Button.class).id("feed-create")).click();
        TextField address = $(TextField.class).id("feed-address");
        assertThat(address.isVisible()).isTrue();
        assertThat(address.getValue()).matches(".*/calendar-feeds/[A-Za-z0-9_-]{43}\\.ics");
        assertThat($(UnorderedList.class).id("feed-list").getElement().getTextRecursively())
                .contains("Whole program, created");
        test($(Button.class).withText("Revoke").single()).click();
        assertThat($(UnorderedList.class).id("feed-list").getElement().getTextRecursively())
                .contains("No live feeds yet.");
        assertThat(address.isVisible()).isFalse();
    }

    /** A weekday half hour at 16:00 on which neither Ben nor Felix has anything, in the program's first weeks. */
    private static LocalDateTime freeHalfHour(LocalDate start, List<CalendarEvent> theirs, ZoneId zone) {
        for (LocalDate day = start.plusDays(14); ; day = day.plusDays(1)) {
            LocalDateTime at = day.atTime(16, 0);
            Instant from = at.atZone(zone).toInstant();
            boolean busy = theirs.stream().anyMatch(e -> e.startsAt().isBefore(from.plusSeconds(1800))
                    && from.isBefore(e.endsAt()));
            if (day.getDayOfWeek().getValue() <= 5 && !busy) {
                return at;
            }
        }
    }

    @Test
    void aMeetingIsMarkedHeldWithNotesAndAnActionItemAndFollowUpShowsWhatIsLate() {
        startedThreeMonthsAgo();
        StepContext context = context(STEP);
        Cohort cohort = cohortIn(context);
        CalendarService calendar = context.calendar();
        showGeneratedCalendar();
        showAsList();
        Grid<CalendarEvent> grid = $(Grid.class).id("calendar-grid");
        int row = rowOf(grid, cohort.anaWithMia().id());

        test(grid).select(row);
        Dialog dialog = $(Dialog.class).id("event-dialog");
        assertThat(dialog.isOpened()).isTrue();
        test($(Select.class).id("event-status")).selectItem("Held");
        test($(TextArea.class).id("event-notes")).setValue("Agreed on a stretch project in Marketing");
        test($(TextField.class).id("action-description")).setValue("Write the project charter");
        test($(TextField.class).id("action-owner")).setValue("Ana Finance");
        test($(DatePicker.class).id("action-due")).setValue(LocalDate.now().minusDays(2));
        test($(Button.class).id("action-add")).click();
        test($(Button.class).id("event-save")).click();

        CalendarEvent held = calendar.events().stream()
                .filter(e -> e.id().equals(grid.getListDataView().getItem(row).id())).findFirst().orElseThrow();
        assertThat(held.status()).isEqualTo(EventStatus.HELD);
        assertThat(held.notes()).isEqualTo("Agreed on a stretch project in Marketing");
        assertThat(calendar.actionItems()).extracting(ActionItem::description, ActionItem::eventId)
                .containsExactly(Tuple.tuple("Write the project charter", held.id()));

        test($(TabSheet.class).id("framework-tabs")).select("Follow-up");
        Grid<ActionItem> overdue = $(Grid.class).id("overdue-actions");
        assertThat(test(overdue).size()).isEqualTo(1);
        assertThat(test(overdue).getCellText(0, 0)).isEqualTo("Write the project charter");
        Grid<?> stalled = $(Grid.class).id("stalled-pairs");
        List<String> stalledPairs = IntStream.range(0, test(stalled).size())
                .mapToObj(i -> test(stalled).getCellText(i, 0)).toList();
        assertThat(stalledPairs).contains("Ben Sales with Felix Finance (mentoring)");

        test(overdue).select(0);
        test($(Button.class).id("mark-done")).click();
        assertThat(calendar.overdueActionItems(LocalDate.now())).isEmpty();
    }

    @Test
    void theMonthShowsEachMeetingOnItsDayWithTheLearningEventsOfTheSupportStep() {
        startedThreeMonthsAgo();
        StepContext context = context(STEP);
        Cohort cohort = cohortIn(context);
        CalendarService calendar = context.calendar();
        LocalDate conference = context.program().startDate().plusMonths(5);
        bookBenOnQuarterlyConferences(context, cohort, conference);
        showGeneratedCalendar();
        ZoneId zone = calendar.framework().orElseThrow().structure().timeZone();

        // The program is running: the month shown is this month.
        assertThat(monthTitle()).isEqualTo(title(YearMonth.now(zone)));

        CalendarEvent review = calendar.events().stream()
                .filter(e -> e.kind() == EventKind.REVIEW && e.title().endsWith("Ana Finance")).findFirst().orElseThrow();
        LocalDate reviewDay = review.startsAt().atZone(zone).toLocalDate();
        goTo(YearMonth.from(reviewDay));
        assertThat(monthTitle()).isEqualTo(title(YearMonth.from(reviewDay)));
        assertThat(entries(reviewDay, "review")).anyMatch(text -> text.endsWith("Review: Ana Finance"));
        assertThat($(Span.class).id("calendar-month-summary").getText()).contains("progress review");

        goTo(YearMonth.from(conference));
        assertThat(entries(conference, "resource")).containsExactly("Quarterly sales conference (1 of 2) · Ben Sales");
        assertThat(entries(conference.plusDays(1), "resource")).hasSize(1);
        assertThat(entries(conference.plusDays(2), "resource")).isEmpty();
        assertThat($(Span.class).id("calendar-month-summary").getText()).contains("1 learning event");
        goTo(YearMonth.from(conference.plusMonths(3)));
        assertThat(entries(conference.plusMonths(3), "resource"))
                .containsExactly("Quarterly sales conference (2 of 2) · Ben Sales");

        // Only the pair's own meetings (and its HiPo's learning events) when a pair is chosen.
        ComboBox<Pair> pair = $(ComboBox.class).id("calendar-pair");
        pair.setValue(cohort.anaWithMia());
        assertThat(entries(conference.plusMonths(3), "resource")).isEmpty();

        CalendarEvent session = calendar.eventsOfPair(cohort.anaWithMia().id()).stream()
                .filter(e -> e.kind() == EventKind.SESSION).findFirst().orElseThrow();
        LocalDate sessionDay = session.startsAt().atZone(zone).toLocalDate();
        goTo(YearMonth.from(sessionDay));
        test(chips(sessionDay, "session").getFirst()).click();
        assertThat($(Dialog.class).id("event-dialog").isOpened()).isTrue();
    }

    @Test
    void thePrintableOverviewHoldsTheStructureTheCharterEveryPairsMeetingsAndTheLearningEvents() {
        StepContext context = context(STEP);
        Cohort cohort = cohortIn(context);
        bookBenOnQuarterlyConferences(context, cohort, context.program().startDate().plusMonths(5));
        showGeneratedCalendar();

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        test($(Anchor.class).id("download-overview")).download(file);
        String html = file.toString(StandardCharsets.UTF_8);

        String[] sections = html.split("<section>");
        assertThat(sections[0]).contains("Roles and expectations",
                "Owns their development: proposes topics, comes prepared");
        String ofAnaWithMia = Arrays.stream(sections)
                .filter(section -> section.startsWith("<h2>Ana Finance with Mia Marketing (mentoring)</h2>"))
                .findFirst().orElseThrow();
        List<CalendarEvent> events = context.calendar().eventsOfPair(cohort.anaWithMia().id());
        assertThat(ofAnaWithMia.split("<tr>")).hasSize(1 + 1 + events.size());
        assertThat(ofAnaWithMia).contains(events.stream().filter(e -> e.kind() == EventKind.REVIEW).findFirst()
                .orElseThrow().title());
        assertThat(html).contains("<h2>Ben Sales with Felix Finance (mentoring)</h2>",
                "<h2>Learning events and conferences</h2>", "Quarterly sales conference (2 of 2)", "Lisbon");
    }

    /** The test's program, as if it had started three months ago, for twelve months: it is running. */
    private void startedThreeMonthsAgo() {
        LocalDate start = LocalDate.now().minusMonths(3);
        programRuns(start, ProgramDraft.lastDay(start, 12));
    }

    private static void bookBenOnQuarterlyConferences(StepContext context, Cohort cohort, LocalDate first) {
        Resource conferences = context.support().addResource(new ResourceDraft(ResourceType.CONFERENCE,
                "Quarterly sales conference", "Internal", null, "English", "in person", null, first, first.plusDays(1),
                List.of(first.plusMonths(3)), "Lisbon", 40, new BigDecimal("900"), List.of()));
        context.support().assign(conferences.id(), cohort.ben().id(), null, AssignmentStatus.ENROLLED);
    }

    /** Shows the step, generates the calendar and opens its tab. */
    private void showGeneratedCalendar() {
        show(STEP);
        test($(Button.class).id("generate-calendar")).click();
        test($(TabSheet.class).id("framework-tabs")).select("Calendar");
    }

    private void showAsList() {
        test($(RadioButtonGroup.class).id("calendar-layout")).selectItem("List");
    }

    private String monthTitle() {
        return $(H3.class).id("calendar-month-title").getText();
    }

    private static String title(YearMonth month) {
        return month.format(DateTimeFormatter.ofPattern("LLLL yyyy", Locale.ENGLISH));
    }

    /** Clicks previous or next month until {@code month} is shown. */
    private void goTo(YearMonth month) {
        for (int i = 0; i < 40 && !monthTitle().equals(title(month)); i++) {
            boolean later = YearMonth.parse(monthTitle(), DateTimeFormatter.ofPattern("LLLL yyyy", Locale.ENGLISH))
                    .isBefore(month);
            test($(Button.class).id(later ? "calendar-next-month" : "calendar-previous-month")).click();
        }
    }

    private List<Div> chips(LocalDate day, String kind) {
        return $(Div.class).id("day-" + day).getChildren().filter(Div.class::isInstance).map(Div.class::cast)
                .filter(chip -> kind.equals(chip.getElement().getAttribute("data-kind"))).toList();
    }

    private List<String> entries(LocalDate day, String kind) {
        return chips(day, kind).stream().map(chip -> chip.getElement().getText()).toList();
    }

    private static int rowOf(Grid<CalendarEvent> grid, UUID pairId) {
        List<CalendarEvent> items = grid.getListDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).kind() == EventKind.SESSION && pairId.equals(items.get(i).pairId())) {
                return i;
            }
        }
        throw new AssertionError("no session of the pair in the grid");
    }
}
