package com.ascent.plugins.selection;

import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.roster.CriterionScore;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.RosterMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.function.Consumer;

/**
 * One pair on the review screen: who guides whom, the score with its breakdown ("why this pair"),
 * and what HR can do with it. Its element carries {@code data-hipo}, {@code data-guide},
 * {@code data-status} and {@code data-locked} for tests and end-to-end checks.
 */
final class PairCard extends Div {

    /** What the buttons of a card do. */
    record Actions(Consumer<Pair> lock, Consumer<Pair> unlock, Consumer<Pair> swap, Consumer<Pair> confirm,
                   Consumer<Pair> reopen) {
    }

    PairCard(Pair pair, RosterMember hipo, RosterMember guide, Translator messages, boolean canEdit, Actions actions) {
        String key = hipo.id().toString();
        setId("pair-card-" + key);
        addClassName("pair-card");
        getElement().setAttribute("data-hipo", hipo.displayName());
        getElement().setAttribute("data-guide", guide.displayName());
        getElement().setAttribute("data-status", pair.status().name());
        getElement().setAttribute("data-locked", String.valueOf(pair.locked()));
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("box-sizing", "border-box").set("width", "100%");

        Div people = new Div(person(hipo, messages, "pair-hipo"), arrow(), person(guide, messages, "pair-guide"));
        people.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("align-items", "center")
                .set("flex-wrap", "wrap").set("flex", "1 1 20rem").set("min-width", "0");
        Div badges = new Div();
        badges.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        if (pair.score() != null) {
            badges.add(badge(messages.get("card.score", Texts.score(pair.score())), "pair-score",
                    "badge success"));
        }
        badges.add(badge(messages.get("card.status." + pair.status().name()), "pair-status",
                pair.confirmed() ? "badge success primary" : "badge"));
        if (pair.locked() && !pair.confirmed()) {
            badges.add(badge("🔒 " + messages.get("card.locked"), "pair-locked", "badge contrast"));
        }
        Div header = new Div(people, badges);
        header.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("justify-content", "space-between").set("align-items", "center");
        add(header, why(pair, messages));

        if (canEdit) {
            HorizontalLayout buttons = new HorizontalLayout();
            if (pair.confirmed()) {
                buttons.add(button(messages.get("card.reopen"), "reopen-" + key, () -> actions.reopen().accept(pair)));
            } else {
                buttons.add(pair.locked()
                        ? button(messages.get("card.unlock"), "lock-" + key, () -> actions.unlock().accept(pair))
                        : button(messages.get("card.lock"), "lock-" + key, () -> actions.lock().accept(pair)));
                buttons.add(button(messages.get("card.swap", pair.kind().name()),
                        "swap-" + key, () -> actions.swap().accept(pair)));
                Button confirm = button(messages.get("card.confirm"), "confirm-" + key, () -> actions.confirm().accept(pair));
                confirm.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
                buttons.add(confirm);
            }
            add(buttons);
        }
    }

    private static Div person(RosterMember member, Translator messages, String className) {
        Span name = new Span(member.displayName());
        name.getStyle().set("font-weight", "600");
        Span about = new Span(Texts.describe(member, messages));
        about.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Div person = new Div(new Div(name), new Div(about));
        person.addClassName(className);
        return person;
    }

    private static Span arrow() {
        Span arrow = new Span("→");
        arrow.getElement().setAttribute("aria-hidden", "true");
        arrow.getStyle().set("font-size", "var(--lumo-font-size-xl)");
        return arrow;
    }

    private static Span badge(String text, String className, String theme) {
        Span badge = new Span(text);
        badge.addClassName(className);
        badge.getElement().getThemeList().addAll(List.of(theme.split(" ")));
        return badge;
    }

    private static Details why(Pair pair, Translator messages) {
        Div lines = new Div();
        if (pair.explanation().isEmpty()) {
            lines.add(new Div(messages.get("card.unscored")));
        }
        for (CriterionScore line : pair.explanation()) {
            Div row = new Div(Texts.criterionLine(line, messages));
            row.addClassName("pair-why-line");
            row.getElement().setAttribute("data-criterion", line.criterion());
            if (line.weight() == 0) {
                row.getStyle().set("color", "var(--lumo-disabled-text-color)");
            }
            lines.add(row);
        }
        Details details = new Details(messages.get("card.why"), lines);
        details.addClassName("pair-why");
        return details;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
