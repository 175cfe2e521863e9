package com.ascent.plugins.objectives;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.objectives.Objective;
import com.ascent.plugin.api.objectives.SuccessIndicator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** The program's objectives, each with its success indicators, editable in dialogs. */
class ObjectivesView extends VerticalLayout {

    private final StepContext context;
    private final Translator messages;
    private final VerticalLayout list = new VerticalLayout();

    ObjectivesView(StepContext context) {
        this.context = context;
        this.messages = context.messages();
        setPadding(false);
        list.setPadding(false);
        Button add = new Button(messages.get("objective.add"), e -> new ObjectiveDialog(context, null, this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-objective");
        add.setVisible(context.canEdit());
        add(add, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<Objective> objectives = context.objectives().list();
        if (objectives.isEmpty()) {
            Paragraph empty = new Paragraph(messages.get("objective.empty"));
            empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
            list.add(empty);
        }
        objectives.forEach(objective -> list.add(card(objective)));
    }

    private Div card(Objective objective) {
        Div card = new Div();
        card.addClassName("objective-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)")
                .set("width", "100%").set("box-sizing", "border-box");
        Span priority = new Span(messages.get("priority." + objective.priority().name()));
        priority.getElement().getThemeList().add("badge");
        HorizontalLayout heading = new HorizontalLayout(new H4(objective.title()), priority);
        heading.setAlignItems(Alignment.BASELINE);
        card.add(heading);
        if (!objective.description().isBlank()) {
            card.add(new Paragraph(objective.description()));
        }
        if (objective.indicators().isEmpty()) {
            Paragraph none = new Paragraph(messages.get("indicator.empty"));
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            card.add(none);
        }
        objective.indicators().forEach(indicator -> card.add(indicatorRow(indicator)));
        if (context.canEdit()) {
            Button edit = small(messages.get("objective.edit"),
                    () -> new ObjectiveDialog(context, objective, this::refresh).open());
            Button remove = small(messages.get("objective.remove"), () -> remove(objective));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Button addIndicator = small(messages.get("indicator.add"),
                    () -> new IndicatorDialog(context, objective.id(), null, this::refresh).open());
            card.add(new HorizontalLayout(edit, addIndicator, remove));
        }
        return card;
    }

    private HorizontalLayout indicatorRow(SuccessIndicator indicator) {
        String target = indicator.target() == null ? messages.get("indicator.noTarget")
                : messages.get("indicator.target", indicator.target().toPlainString(), indicator.unit());
        String baseline = indicator.baseline() == null ? "" : messages.get("indicator.baseline",
                indicator.baseline().toPlainString(), indicator.unit());
        Span text = new Span("• " + indicator.name() + " (" + messages.get("source." + indicator.source().name()) + "): "
                + baseline + target + (indicator.measuredWhen().isBlank() ? "" : " · " + indicator.measuredWhen()));
        HorizontalLayout row = new HorizontalLayout(text);
        row.setAlignItems(Alignment.CENTER);
        if (context.canEdit()) {
            row.add(small(messages.get("indicator.edit"),
                    () -> new IndicatorDialog(context, indicator.objectiveId(), indicator, this::refresh).open()));
            Button remove = small(messages.get("indicator.remove"), () -> removeIndicator(indicator));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            row.add(remove);
        }
        return row;
    }

    private void remove(Objective objective) {
        try {
            context.objectives().remove(objective.id(), objective.version());
            context.changes().saved();
        } catch (ConcurrentEditException e) {
            showError(e.getMessage());
        }
        refresh();
    }

    private void removeIndicator(SuccessIndicator indicator) {
        try {
            context.objectives().removeIndicator(indicator.id(), indicator.version());
            context.changes().saved();
        } catch (ConcurrentEditException e) {
            showError(e.getMessage());
        }
        refresh();
    }

    private static Button small(String text, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    static void showError(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
