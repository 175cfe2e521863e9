package com.ascent.plugins.framework;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.calendar.CalendarEvent;
import com.ascent.plugin.api.calendar.FrameworkDraft;
import com.ascent.plugin.api.calendar.ProgramFramework;
import com.ascent.plugin.api.calendar.ResourceDate;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.RosterMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The program's calendar, per pair or all: a month on a page (with the learning events of the
 * Support step) or a list; a click on a meeting opens it to record what happened. Calendars to
 * download and a printable overview sit on top.
 */
class CalendarPanel extends VerticalLayout {

    /** How the calendar is shown. */
    enum Layout {
        MONTH, LIST
    }

    private final StepContext context;
    private final Translator messages;
    private final ComboBox<Pair> pair = new ComboBox<>();
    private final ComboBox<RosterMember> person = new ComboBox<>();
    private final RadioButtonGroup<Layout> layout = new RadioButtonGroup<>();
    private final MonthCalendar month;
    private final Grid<CalendarEvent> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final UnorderedList notices = new UnorderedList();
    private final Anchor pairIcs = new Anchor();
    private final Span pairIcsHint = new Span();
    private final Anchor personIcs = new Anchor();
    private final Anchor programIcs = new Anchor();
    private final Button addMeeting = new Button();
    private final FeedsPanel feeds;
    private final Anchor overview = new Anchor();
    private PairNames names;
    private EventTimes times;
    private boolean monthChosen;

    CalendarPanel(StepContext context) {
        this.context = context;
        this.messages = context.messages();
        this.names = new PairNames(context);
        this.times = EventTimes.of(context);
        this.month = new MonthCalendar(messages, times, this::open);
        this.feeds = new FeedsPanel(context);
        setPadding(false);
        pair.setId("calendar-pair");
        pair.setLabel(messages.get("calendar.pair"));
        pair.setPlaceholder(messages.get("calendar.allPairs"));
        pair.setClearButtonVisible(true);
        pair.setWidth("24em");
        pair.addValueChangeListener(e -> showEvents());
        person.setId("ics-person");
        person.setLabel(messages.get("calendar.person"));
        person.setItemLabelGenerator(RosterMember::displayName);
        person.addValueChangeListener(e -> offerPersonIcs());
        pairIcs.setId("download-pair-ics");
        pairIcs.setText(messages.get("calendar.downloadPair"));
        pairIcsHint.setId("download-pair-ics-hint");
        pairIcsHint.setText(messages.get("calendar.downloadPairHint"));
        pairIcsHint.addClassName("ascent-muted");
        personIcs.setId("download-person-ics");
        personIcs.setText(messages.get("calendar.downloadPerson"));
        programIcs.setId("download-program-ics");
        programIcs.setText(messages.get("calendar.downloadProgram"));
        addMeeting.setId("add-meeting");
        addMeeting.setText(messages.get("meeting.add"));
        addMeeting.setVisible(false);
        addMeeting.addClickListener(e -> {
            Pair chosen = pair.getValue();
            if (chosen != null) {
                new MeetingDialog(context, chosen, names.of(chosen), times, this::refresh).open();
            }
        });
        overview.setId("download-overview");
        overview.setText(messages.get("calendar.overview"));
        overview.setTarget("_blank");
        layout.setId("calendar-layout");
        layout.setLabel(messages.get("calendar.layout"));
        layout.setItems(Layout.values());
        layout.setItemLabelGenerator(l -> messages.get("calendar.layout." + l.name()));
        layout.setValue(Layout.MONTH);
        layout.addValueChangeListener(e -> showLayout());
        empty.setId("calendar-empty");
        notices.setId("calendar-notices");
        notices.getStyle().set("color", "var(--lumo-error-text-color)");
        grid.setId("calendar-grid");
        grid.addColumn(e -> times.show(e.startsAt())).setHeader(messages.get("calendar.when")).setAutoWidth(true);
        grid.addColumn(CalendarEvent::title).setHeader(messages.get("calendar.title")).setFlexGrow(1);
        grid.addColumn(e -> messages.get("kind." + e.kind().name())).setHeader(messages.get("calendar.kind"))
                .setAutoWidth(true);
        grid.addColumn(e -> messages.get("status." + e.status().name())).setHeader(messages.get("calendar.status"))
                .setAutoWidth(true);
        grid.addColumn(e -> SchedulingProblems.describe(messages, e)).setHeader(messages.get("calendar.problem"))
                .setFlexGrow(1);
        // Selecting a row opens the event: a click does, and so does Space on the focused row.
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                grid.asSingleSelect().clear();
                open(e.getValue());
            }
        });
        HorizontalLayout filters = new HorizontalLayout(pair, addMeeting, layout);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout downloads = new HorizontalLayout(pairIcs, pairIcsHint, person, personIcs, programIcs, overview);
        downloads.setAlignItems(Alignment.BASELINE);
        downloads.setWrap(true);
        add(filters, notices, empty, month, grid, new H3(messages.get("calendar.downloads")), downloads, feeds);
        offerPersonIcs();
        refresh();
        showLayout();
    }

    void refresh() {
        names = new PairNames(context);
        times = EventTimes.of(context);
        Pair selected = pair.getValue();
        pair.setItems(names.pairs());
        pair.setItemLabelGenerator(names::of);
        pair.setValue(selected != null && names.pairs().contains(selected) ? selected : null);
        person.setItems(names.paired());
        showEvents();
        programIcs.setHref(download(context.calendar().icsForProgram(), "program-calendar.ics", "text/calendar"));
        feeds.refresh(names.paired());
        String html = new ProgramOverview(context, names, times).html();
        overview.setHref(download(html, "program-overview.html", "text/html"));
    }

    private void showEvents() {
        Pair selected = pair.getValue();
        List<CalendarEvent> events = selected == null ? context.calendar().events()
                : context.calendar().eventsOfPair(selected.id());
        List<ResourceDate> resources = context.calendar().resourceDates().stream()
                .filter(r -> selected == null || r.hipoMemberIds().contains(selected.hipoMemberId())).toList();
        grid.setItems(events);
        if (!monthChosen) {
            month.setMonth(firstMonth(events));
            monthChosen = !events.isEmpty();
        }
        month.setContributed(context.calendar().contributedEvents());
        month.setData(events, resources, names.memberNames(), names::shortLabel, times);
        empty.setText(messages.get(context.calendar().framework().isEmpty() ? "calendar.emptyNoStructure"
                : "calendar.empty"));
        empty.setVisible(events.isEmpty());
        showNotices(events);
        // Until a pair is chosen the link is replaced by a hint that says how to get it: a greyed-out
        // link would neither be readable (too little contrast) nor say why it does nothing.
        pairIcs.setVisible(selected != null);
        pairIcsHint.setVisible(selected == null);
        addMeeting.setVisible(selected != null && context.canEdit());
        if (selected != null) {
            pairIcs.setHref(download(context.calendar().icsForPair(selected.id()), "pair-calendar.ics", "text/calendar"));
        }
    }

    /** What the calendar lacks: cadences that gave no meeting and why, and events that found no time. */
    private void showNotices(List<CalendarEvent> events) {
        notices.removeAll();
        context.calendar().idleCadences().forEach(text -> notices.add(new ListItem(text)));
        long unscheduled = events.stream().filter(e -> !e.scheduled()).count();
        if (unscheduled > 0) {
            notices.add(new ListItem(messages.get("calendar.unscheduledCount", unscheduled)));
        }
        notices.setVisible(notices.getChildren().findAny().isPresent());
    }

    /** This month while the program runs; before it starts, its first month; after it ended, its last. */
    private YearMonth firstMonth(List<CalendarEvent> events) {
        LocalDate today = LocalDate.now(times.zone());
        Optional<FrameworkDraft> structure = context.calendar().framework().map(ProgramFramework::structure);
        LocalDate start = structure.map(FrameworkDraft::startDate)
                .or(() -> events.stream().findFirst().map(e -> times.day(e.startsAt())))
                .orElse(context.program().startDate());
        LocalDate end = structure.map(FrameworkDraft::endDate).orElse(start);
        return YearMonth.from(today.isBefore(start) ? start : today.isAfter(end) ? end : today);
    }

    private void showLayout() {
        month.setVisible(layout.getValue() == Layout.MONTH);
        grid.setVisible(layout.getValue() == Layout.LIST);
    }

    private void open(CalendarEvent event) {
        new EventDialog(context, event, times, this::refresh).open();
    }

    private void offerPersonIcs() {
        RosterMember member = person.getValue();
        personIcs.setVisible(member != null);
        if (member != null) {
            personIcs.setHref(download(context.calendar().icsForMember(member.id()),
                    member.displayName().replaceAll("[^A-Za-z0-9]+", "-") + ".ics", "text/calendar"));
        }
    }

    /** The file is made when offered, within the user's request; the download only hands it over. */
    private static DownloadHandler download(String content, String fileName, String contentType) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes), fileName,
                contentType + "; charset=utf-8", bytes.length));
    }
}
