package com.ascent.plugins.framework;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.calendar.CalendarEvent;
import com.ascent.plugin.api.calendar.Charter;
import com.ascent.plugin.api.calendar.FrameworkDraft;
import com.ascent.plugin.api.calendar.ResourceDate;
import com.ascent.plugin.api.roster.Pair;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A printable page with the program's structure, charter and every pair's calendar. */
final class ProgramOverview {

    private final StepContext context;
    private final Translator messages;
    private final PairNames names;
    private final EventTimes times;

    ProgramOverview(StepContext context, PairNames names, EventTimes times) {
        this.context = context;
        this.messages = context.messages();
        this.names = names;
        this.times = times;
    }

    String html() {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(escape(context.program().name()))
                .append("</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}"
                        + "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
                        + "section{page-break-inside:avoid;margin-bottom:2em}</style></head><body>");
        page.append("<h1>").append(escape(context.program().name())).append("</h1>");
        context.calendar().framework().ifPresentOrElse(f -> structure(page, f.structure()),
                () -> page.append("<p>").append(escape(messages.get("calendar.emptyNoStructure"))).append("</p>"));
        List<String> idle = context.calendar().idleCadences();
        if (!idle.isEmpty()) {
            page.append("<ul>");
            idle.forEach(text -> page.append("<li>").append(escape(text)).append("</li>"));
            page.append("</ul>");
        }
        resources(page, context.calendar().resourceDates());
        List<CalendarEvent> events = context.calendar().events();
        for (Pair pair : names.pairs()) {
            page.append("<section><h2>").append(escape(names.of(pair))).append("</h2><table><tr><th>")
                    .append(escape(messages.get("calendar.when"))).append("</th><th>")
                    .append(escape(messages.get("calendar.title"))).append("</th><th>")
                    .append(escape(messages.get("calendar.status"))).append("</th></tr>");
            events.stream().filter(e -> e.pairId() == null || e.pairId().equals(pair.id())).forEach(e ->
                    page.append("<tr><td>").append(escape(times.show(e.startsAt()))).append("</td><td>")
                            .append(escape(e.title())).append("</td><td>")
                            .append(escape(status(e))).append("</td></tr>"));
            page.append("</table></section>");
        }
        return page.append("</body></html>").toString();
    }

    /** The event's status, and for an event without a time of its own why it has none. */
    private String status(CalendarEvent event) {
        String status = messages.get("status." + event.status().name());
        return event.scheduled() ? status : status + " · " + SchedulingProblems.describe(messages, event);
    }

    /** The learning events of the Support step, with who attends: one row per time a resource takes place. */
    private void resources(StringBuilder page, List<ResourceDate> dates) {
        if (dates.isEmpty()) {
            return;
        }
        Map<UUID, String> people = names.memberNames();
        page.append("<section><h2>").append(escape(messages.get("overview.resources"))).append("</h2><table><tr>");
        for (String header : List.of("overview.resourceWhen", "overview.resourceTitle", "overview.resourceWhere",
                "overview.resourceWho")) {
            page.append("<th>").append(escape(messages.get(header))).append("</th>");
        }
        page.append("</tr>");
        for (ResourceDate date : dates) {
            String when = date.startsOn().equals(date.endsOn()) ? times.formats().date(date.startsOn())
                    : times.formats().date(date.startsOn()) + " – " + times.formats().date(date.endsOn());
            String title = date.occurrences() == 1 ? date.title()
                    : messages.get("month.occurrence", date.title(), date.occurrence(), date.occurrences());
            String who = date.hipoMemberIds().stream().map(id -> people.getOrDefault(id, ""))
                    .collect(Collectors.joining(", "));
            page.append("<tr><td>").append(escape(when)).append("</td><td>").append(escape(title))
                    .append("</td><td>").append(escape(date.location() == null ? "" : date.location()))
                    .append("</td><td>").append(escape(who)).append("</td></tr>");
        }
        page.append("</table></section>");
    }

    private void structure(StringBuilder page, FrameworkDraft structure) {
        page.append("<p>").append(escape(messages.get("overview.dates", structure.startDate(), structure.endDate(),
                structure.timeZone().getId()))).append("</p>");
        Charter c = structure.charter();
        page.append("<h2>").append(escape(messages.get("charter.heading"))).append("</h2><dl>");
        String[][] entries = {{"hipo", c.hipo()}, {"mentor", c.mentor()}, {"coach", c.coach()},
                {"manager", c.manager()}, {"hr", c.hr()}, {"confidentiality", c.confidentiality()},
                {"preparation", c.preparation()}};
        for (String[] entry : entries) {
            if (!entry[1].isBlank()) {
                page.append("<dt>").append(escape(messages.get("charter." + entry[0]))).append("</dt><dd>")
                        .append(escape(entry[1])).append("</dd>");
            }
        }
        page.append("</dl>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
