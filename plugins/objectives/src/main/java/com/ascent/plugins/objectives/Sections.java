package com.ascent.plugins.objectives;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The small building blocks the step's sections share, so they look and behave alike. */
final class Sections {

    private Sections() {
    }

    /** A section heading with a short summary of its content beside it. */
    static Component summary(String title, Span detail) {
        Span heading = new Span(title);
        heading.getStyle().set("font-weight", "600");
        muted(detail);
        HorizontalLayout summary = new HorizontalLayout(heading, detail);
        summary.setAlignItems(FlexComponent.Alignment.BASELINE);
        return summary;
    }

    static <T extends HasStyle> T muted(T component) {
        component.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return component;
    }

    /** A small tertiary button with a stable id for tests and end-to-end scripts. */
    static Button button(String text, String id, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setId(id);
        return button;
    }

    static Button removeButton(String text, String id, Runnable action) {
        Button button = button(text, id, action);
        button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return button;
    }
}
