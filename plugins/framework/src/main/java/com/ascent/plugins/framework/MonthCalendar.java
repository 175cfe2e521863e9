package com.ascent.plugins.framework;

import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.calendar.CalendarEvent;
import com.ascent.plugin.api.calendar.EventKind;
import com.ascent.plugin.api.calendar.EventStatus;
import com.ascent.plugin.api.calendar.ResourceDate;
import com.ascent.plugin.api.contribution.ContributedEvent;
import com.ascent.plugin.api.contribution.EventColour;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One month of the program on a page, a week per row: sessions, progress reviews, milestones and
 * the learning events of the Support step, each in its colour, with the previous and next month a
 * click away. A session, review or milestone opens to record what happened.
 */
class MonthCalendar extends VerticalLayout {

    /** Resources longer than this show on their first and last day only, not on every day. */
    private static final int LONGEST_SHOWN_DAILY = 7;

    private final Translator messages;
    private final Consumer<CalendarEvent> onOpen;
    private final H3 title = new H3();
    private final Span summary = new Span();
    private final Div days = new Div();
    private YearMonth month = YearMonth.now();
    private List<CalendarEvent> events = List.of();
    private List<ResourceDate> resources = List.of();
    private List<ContributedEvent> contributed = List.of();
    private Map<UUID, String> names = Map.of();
    private Function<CalendarEvent, String> label = CalendarEvent::title;
    private EventTimes times;

    MonthCalendar(Translator messages, EventTimes times, Consumer<CalendarEvent> onOpen) {
        this.messages = messages;
        this.times = times;
        this.onOpen = onOpen;
        setId("calendar-month");
        setPadding(false);
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> show(month.minusMonths(1)));
        previous.setId("calendar-previous-month");
        previous.setAriaLabel(messages.get("month.previous"));
        previous.setTooltipText(messages.get("month.previous"));
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> show(month.plusMonths(1)));
        next.setId("calendar-next-month");
        next.setAriaLabel(messages.get("month.next"));
        next.setTooltipText(messages.get("month.next"));
        for (Button button : List.of(previous, next)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        title.setId("calendar-month-title");
        title.getStyle().set("margin", "0").set("min-width", "10em").set("text-align", "center");
        HorizontalLayout header = new HorizontalLayout(previous, title, next);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        summary.setId("calendar-month-summary");
        summary.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout overview = new HorizontalLayout(summary, legend());
        overview.setWidthFull();
        overview.setWrap(true);
        overview.setAlignItems(FlexComponent.Alignment.CENTER);
        overview.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        days.setId("calendar-month-days");
        days.setWidthFull();
        days.getStyle().set("display", "grid").set("grid-template-columns", "repeat(7, minmax(0, 1fr))")
                .set("gap", "1px").set("background", "var(--lumo-contrast-10pct)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("overflow", "hidden");
        add(header, overview, days);
    }

    /**
     * Shows these events and resource dates, staying on the month shown; {@code names} names the
     * HiPos, {@code label} gives an event the short text that fits in a day.
     */
    void setData(List<CalendarEvent> events, List<ResourceDate> resources, Map<UUID, String> names,
                 Function<CalendarEvent, String> label, EventTimes times) {
        this.events = List.copyOf(events);
        this.resources = List.copyOf(resources);
        this.names = Map.copyOf(names);
        this.label = label;
        this.times = times;
        show(month);
    }

    /** The events the organization's steps contribute (a sponsor's deadline, say), shown from the next {@link #setData}. */
    void setContributed(List<ContributedEvent> contributed) {
        this.contributed = List.copyOf(contributed);
    }

    /** The month {@link #setData} shows. */
    void setMonth(YearMonth shown) {
        month = shown;
    }

    void show(YearMonth shown) {
        month = shown;
        title.setText(month.format(DateTimeFormatter.ofPattern("LLLL yyyy", times.formats().locale())));
        days.removeAll();
        DayOfWeek firstDay = times.formats().firstDayOfWeek();
        for (int i = 0; i < 7; i++) {
            days.add(weekday(firstDay.plus(i)));
        }
        int blanks = (month.atDay(1).getDayOfWeek().getValue() - firstDay.getValue() + 7) % 7;
        for (int i = 0; i < blanks; i++) {
            days.add(cell());
        }
        LocalDate today = LocalDate.now(times.zone());
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            days.add(day(month.atDay(d), today));
        }
        for (int i = (blanks + month.lengthOfMonth()) % 7; i > 0 && i < 7; i++) {
            days.add(cell());
        }
        summary.setText(summary());
    }

    private Div day(LocalDate date, LocalDate today) {
        Div cell = cell();
        cell.setId("day-" + date);
        Span number = new Span(String.valueOf(date.getDayOfMonth()));
        number.getStyle().set("font-size", "var(--lumo-font-size-s)").set("font-weight", "600");
        if (date.equals(today)) {
            number.getStyle().set("color", "var(--lumo-primary-text-color)");
            number.getElement().setAttribute("title", messages.get("month.today"));
        }
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            cell.getStyle().set("background", "var(--lumo-contrast-5pct)");
        }
        cell.add(number);
        events.stream().filter(e -> times.day(e.startsAt()).equals(date)).forEach(e -> cell.add(entry(e)));
        resources.forEach(resource -> entry(resource, date).ifPresent(cell::add));
        contributed.stream().filter(e -> on(e, date)).forEach(e -> cell.add(entry(e)));
        return cell;
    }

    private Div entry(CalendarEvent event) {
        Kind kind = Kind.of(event.kind());
        Div chip = chip(kind, event.scheduled() ? times.time(event.startsAt()) + " " + label.apply(event)
                : messages.get("month.unscheduled", label.apply(event)));
        String tooltip = messages.get("month.eventTooltip", event.title(),
                times.show(event.startsAt()), messages.get("kind." + event.kind().name()),
                messages.get("status." + event.status().name()));
        chip.getElement().setAttribute("title", event.scheduled() ? tooltip
                : tooltip + "\n" + SchedulingProblems.describe(messages, event));
        if (event.status() == EventStatus.CANCELLED) {
            chip.getStyle().set("text-decoration", "line-through");
        }
        if (!event.scheduled()) {
            // No time of its own: it stands out, and blocks nobody's time until it is moved.
            chip.getElement().setAttribute("data-unscheduled", "true");
            chip.getStyle().set("border", "1px dashed var(--lumo-error-color)")
                    .set("border-left", "3px solid var(--lumo-error-color)").set("color", "var(--lumo-error-text-color)");
        }
        chip.getElement().setAttribute("role", "button");
        chip.getElement().setAttribute("tabindex", "0");
        chip.getStyle().set("cursor", "pointer");
        chip.addClickListener(e -> onOpen.accept(event));
        // A div acting as a button answers Enter and Space as a button does.
        chip.getElement().addEventListener("keydown", e -> onOpen.accept(event))
                .setFilter("event.key === 'Enter' || event.key === ' '").addEventData("event.preventDefault()");
        return chip;
    }

    /** A learning event on {@code date}: every day of a short one, the first and last day of a long one. */
    private Optional<Div> entry(ResourceDate resource, LocalDate date) {
        if (!resource.covers(date)) {
            return Optional.empty();
        }
        boolean daily = ChronoUnit.DAYS.between(resource.startsOn(), resource.endsOn()) < LONGEST_SHOWN_DAILY;
        String name = resource.occurrences() == 1 ? resource.title()
                : messages.get("month.occurrence", resource.title(), resource.occurrence(), resource.occurrences());
        String label;
        if (daily) {
            label = name;
        } else if (date.equals(resource.startsOn())) {
            label = messages.get("month.begins", name);
        } else if (date.equals(resource.endsOn())) {
            label = messages.get("month.ends", name);
        } else {
            return Optional.empty();
        }
        String who = resource.hipoMemberIds().stream().map(id -> names.getOrDefault(id, ""))
                .filter(n -> !n.isEmpty()).collect(Collectors.joining(", "));
        Div chip = chip(Kind.RESOURCE, who.isEmpty() ? label : messages.get("month.resourceFor", label, who));
        String when = resource.startsOn().equals(resource.endsOn()) ? times.formats().date(resource.startsOn())
                : times.formats().date(resource.startsOn()) + " – " + times.formats().date(resource.endsOn());
        chip.getElement().setAttribute("title", messages.get("month.resourceTooltip", name,
                messages.get("resourceType." + resource.type().name()), when,
                resource.location() == null ? messages.get("month.noLocation") : resource.location(), who));
        return Optional.of(chip);
    }

    private static Div chip(Kind kind, String text) {
        Div chip = new Div(text);
        chip.addClassName("calendar-entry");
        chip.getElement().setAttribute("data-kind", kind.name().toLowerCase(Locale.ROOT));
        chip.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("line-height", "1.3")
                .set("padding", "2px 4px").set("margin-top", "2px").set("border-radius", "var(--lumo-border-radius-s)")
                .set("background", kind.background).set("border-left", "3px solid " + kind.accent)
                .set("overflow-wrap", "anywhere");
        return chip;
    }

    private boolean on(ContributedEvent event, LocalDate date) {
        return event.isAllDay() ? !date.isBefore(event.firstDay()) && !date.isAfter(event.lastDay())
                : times.day(event.startsAt()).equals(date);
    }

    /** A step's event in its own colour, its kind in the tooltip. */
    private static Div entry(ContributedEvent event) {
        Div chip = chip(Kind.RESOURCE, event.title());
        chip.getElement().setAttribute("data-kind", "contributed");
        chip.getElement().setAttribute("title", event.kind());
        String colour = colour(event.colour());
        chip.getStyle().set("background", "color-mix(in srgb, " + colour + " 12%, transparent)")
                .set("border-left", "3px solid " + colour);
        return chip;
    }

    private static String colour(EventColour colour) {
        return switch (colour) {
            case BLUE -> "var(--lumo-primary-color)";
            case GREEN -> "var(--lumo-success-color)";
            case ORANGE -> "var(--lumo-warning-color)";
            case RED -> "var(--lumo-error-color)";
            case PURPLE -> "#7b3fbf";
            case GREY -> "var(--lumo-contrast-60pct)";
        };
    }

    private HorizontalLayout legend() {
        HorizontalLayout legend = new HorizontalLayout();
        legend.setId("calendar-legend");
        legend.setSpacing(false);
        legend.getStyle().set("gap", "var(--lumo-space-s)");
        legend.setWrap(true);
        for (Kind kind : Kind.values()) {
            Div chip = chip(kind, messages.get("month.legend." + kind.name()));
            chip.getStyle().set("margin-top", "0");
            legend.add(chip);
        }
        return legend;
    }

    private Div weekday(DayOfWeek day) {
        Div cell = new Div(day.getDisplayName(TextStyle.SHORT, times.formats().locale()));
        cell.getStyle().set("background", "var(--lumo-contrast-5pct)").set("padding", "var(--lumo-space-xs)")
                .set("font-size", "var(--lumo-font-size-s)").set("font-weight", "600").set("text-align", "center");
        return cell;
    }

    private static Div cell() {
        Div cell = new Div();
        cell.getStyle().set("background", "var(--lumo-base-color)").set("min-height", "6em")
                .set("padding", "var(--lumo-space-xs)").set("min-width", "0");
        return cell;
    }

    /** "April 2027: 5 sessions, 1 progress review", or that nothing is planned. */
    private String summary() {
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        events.stream().filter(e -> YearMonth.from(times.day(e.startsAt())).equals(month))
                .forEach(e -> counts.merge(Kind.of(e.kind()), 1L, Long::sum));
        resources.stream().filter(r -> !r.startsOn().isAfter(month.atEndOfMonth()) && !r.endsOn().isBefore(month.atDay(1)))
                .forEach(r -> counts.merge(Kind.RESOURCE, 1L, Long::sum));
        List<String> parts = counts.entrySet().stream()
                .map(c -> messages.get("month.count." + c.getKey().name(), c.getValue())).toList();
        return parts.isEmpty() ? messages.get("month.nothing", title.getText())
                : messages.get("month.summary", title.getText(), String.join(", ", parts));
    }

    /** What an entry is, with its colours. */
    private enum Kind {
        SESSION("var(--lumo-primary-color-10pct)", "var(--lumo-primary-color)"),
        REVIEW("var(--lumo-warning-color-10pct)", "var(--lumo-warning-color)"),
        MILESTONE("var(--lumo-success-color-10pct)", "var(--lumo-success-color)"),
        RESOURCE("var(--lumo-contrast-10pct)", "var(--lumo-contrast-60pct)");

        final String background;
        final String accent;

        Kind(String background, String accent) {
            this.background = background;
            this.accent = accent;
        }

        static Kind of(EventKind kind) {
            return switch (kind) {
                case SESSION -> SESSION;
                case REVIEW -> REVIEW;
                case MILESTONE, EVENT -> MILESTONE;
            };
        }
    }
}
