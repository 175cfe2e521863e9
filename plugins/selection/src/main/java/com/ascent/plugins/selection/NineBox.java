package com.ascent.plugins.selection;

import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.people.Person;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 9-box grid of performance (across) and potential (up), built from plain buttons: each box
 * shows how many of the listed people fall in it, and a click selects or deselects it. With boxes
 * selected, only people in them pass {@link #accepts}.
 */
final class NineBox extends Div {

    private static final int LEVELS = 3;

    /** One box: performance and potential, each 1 (low) to 3 (high). */
    record Box(int performance, int potential) {
    }

    private final Translator messages;
    private final Runnable onChange;
    private final Map<Box, Button> cells = new HashMap<>();
    private final Set<Box> selected = new HashSet<>();
    private final Span unrated = new Span();

    NineBox(Translator messages, Runnable onChange) {
        this.messages = messages;
        this.onChange = onChange;
        setId("nine-box");
        Div grid = new Div();
        grid.getStyle().set("display", "grid").set("grid-template-columns", "auto repeat(3, minmax(8rem, 1fr))")
                .set("gap", "var(--lumo-space-xs)").set("align-items", "stretch");
        for (int potential = LEVELS; potential >= 1; potential--) {
            grid.add(axisLabel(potential == LEVELS ? messages.get("ninebox.potential") + " ↑" : ""));
            for (int performance = 1; performance <= LEVELS; performance++) {
                Box box = new Box(performance, potential);
                Button cell = new Button("", e -> toggle(box));
                cell.setId("nine-box-" + performance + "-" + potential);
                cell.addClassName("nine-box-cell");
                cell.getStyle().set("height", "auto").set("min-height", "3.5rem").set("white-space", "normal");
                cell.getElement().setAttribute("aria-pressed", "false");
                cells.put(box, cell);
                grid.add(cell);
            }
        }
        grid.add(new Span());
        grid.add(axisLabel(""), axisLabel(messages.get("ninebox.performance") + " →"), axisLabel(""));
        Button clear = new Button(messages.get("ninebox.clear"), e -> {
            selected.clear();
            onChange.run();
        });
        clear.setId("nine-box-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        unrated.addClassName("ascent-muted");
        add(new H3(messages.get("ninebox.title")), grid, new Div(unrated, clear));
    }

    private static Span axisLabel(String text) {
        Span label = new Span(text);
        label.getStyle().set("font-size", "var(--lumo-font-size-s)").set("align-self", "center")
                .set("text-align", "center").set("color", "var(--lumo-secondary-text-color)");
        return label;
    }

    /** Shows how many of {@code people} fall in each box. */
    void count(Collection<Person> people) {
        Map<Box, Long> counts = people.stream().filter(NineBox::rated)
                .collect(Collectors.groupingBy(NineBox::boxOf, Collectors.counting()));
        cells.forEach((box, cell) -> {
            boolean on = selected.contains(box);
            String name = messages.get("ninebox." + box.performance() + "." + box.potential());
            long count = counts.getOrDefault(box, 0L);
            Span label = new Span(name);
            label.getStyle().set("font-size", "var(--lumo-font-size-s)");
            Div number = new Div(String.valueOf(count));
            number.getStyle().set("font-weight", "600");
            Div content = new Div(label, number);
            // The button's own label does not wrap; this content does, so long box names stay readable.
            content.getStyle().set("white-space", "normal").set("line-height", "1.2");
            cell.getElement().removeAllChildren();
            cell.getElement().appendChild(content.getElement());
            cell.getElement().setAttribute("aria-label", messages.get("ninebox.cell", name, count));
            cell.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_CONTRAST);
            cell.addThemeVariants(on ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
            cell.getElement().setAttribute("aria-pressed", String.valueOf(on));
        });
        unrated.setText(messages.get("ninebox.unrated", people.stream().filter(p -> !rated(p)).count()) + " ");
    }

    /** Whether a person passes the boxes chosen (everyone passes when none is chosen). */
    boolean accepts(Person person) {
        return selected.isEmpty() || (rated(person) && selected.contains(boxOf(person)));
    }

    private void toggle(Box box) {
        if (!selected.remove(box)) {
            selected.add(box);
        }
        onChange.run();
    }

    private static boolean rated(Person person) {
        return person.performance() != null && person.potential() != null;
    }

    private static Box boxOf(Person person) {
        return new Box(Objects.requireNonNull(person.performance()), Objects.requireNonNull(person.potential()));
    }
}
