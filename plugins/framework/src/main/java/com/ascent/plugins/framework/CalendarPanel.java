package com.ascent.plugins.framework;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.calendar.CalendarEvent;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.RosterMember;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The program's events as a list, per pair or all; a click opens a meeting to record what happened. */
class CalendarPanel extends VerticalLayout {

    private final StepContext context;
    private final Translator messages;
    private final ComboBox<Pair> pair = new ComboBox<>();
    private final ComboBox<RosterMember> person = new ComboBox<>();
    private final Grid<CalendarEvent> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final Anchor pairIcs = new Anchor();
    private final Anchor personIcs = new Anchor();
    private final Anchor overview = new Anchor();
    private PairNames names;
    private EventTimes times;

    CalendarPanel(StepContext context) {
        this.context = context;
        this.messages = context.messages();
        this.names = new PairNames(context);
        this.times = EventTimes.of(context);
        setPadding(false);
        pair.setId("calendar-pair");
        pair.setLabel(messages.get("calendar.pair"));
        pair.setPlaceholder(messages.get("calendar.allPairs"));
        pair.setClearButtonVisible(true);
        pair.setWidth("28em");
        pair.addValueChangeListener(e -> showEvents());
        person.setId("ics-person");
        person.setLabel(messages.get("calendar.person"));
        person.setItemLabelGenerator(RosterMember::displayName);
        person.addValueChangeListener(e -> offerPersonIcs());
        pairIcs.setId("download-pair-ics");
        pairIcs.setText(messages.get("calendar.downloadPair"));
        personIcs.setId("download-person-ics");
        personIcs.setText(messages.get("calendar.downloadPerson"));
        overview.setId("download-overview");
        overview.setText(messages.get("calendar.overview"));
        overview.setTarget("_blank");
        empty.setId("calendar-empty");
        grid.setId("calendar-grid");
        grid.addColumn(e -> times.show(e.startsAt())).setHeader(messages.get("calendar.when")).setAutoWidth(true);
        grid.addColumn(CalendarEvent::title).setHeader(messages.get("calendar.title")).setFlexGrow(1);
        grid.addColumn(e -> messages.get("kind." + e.kind().name())).setHeader(messages.get("calendar.kind"))
                .setAutoWidth(true);
        grid.addColumn(e -> messages.get("status." + e.status().name())).setHeader(messages.get("calendar.status"))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> new EventDialog(context, e.getItem(), times, this::refresh).open());
        HorizontalLayout filters = new HorizontalLayout(pair, pairIcs, person, personIcs, overview);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, empty, grid);
        offerPersonIcs();
        refresh();
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
        String html = new ProgramOverview(context, names, times).html();
        overview.setHref(download(html, "program-overview.html", "text/html"));
    }

    private void showEvents() {
        Pair selected = pair.getValue();
        List<CalendarEvent> events = selected == null ? context.calendar().events()
                : context.calendar().eventsOfPair(selected.id());
        grid.setItems(events);
        empty.setText(messages.get(context.calendar().framework().isEmpty() ? "calendar.emptyNoStructure"
                : "calendar.empty"));
        empty.setVisible(events.isEmpty());
        pairIcs.setEnabled(selected != null);
        if (selected != null) {
            pairIcs.setHref(download(context.calendar().icsForPair(selected.id()), "pair-calendar.ics", "text/calendar"));
        }
    }

    private void offerPersonIcs() {
        RosterMember member = person.getValue();
        personIcs.setEnabled(member != null);
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
