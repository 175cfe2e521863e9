package com.ascent.plugins.objectives;

import com.ascent.plugin.api.Translator;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** The step's status inside the step: complete, or each thing still missing. */
class StatusPanel extends Div {

    private final Translator messages;

    StatusPanel(Translator messages) {
        this.messages = messages;
        setId("objectives-status");
        setWidthFull();
    }

    void show(List<String> missing) {
        removeAll();
        getElement().setAttribute("complete", missing.isEmpty());
        getStyle().remove("border-inline-start").remove("padding-inline-start");
        if (missing.isEmpty()) {
            Span complete = new Span(messages.get("status.complete"));
            complete.getElement().getThemeList().add("badge success");
            add(complete);
            return;
        }
        Span heading = new Span(messages.get("status.heading"));
        heading.getStyle().set("font-weight", "600");
        UnorderedList list = new UnorderedList(missing.stream().map(ListItem::new).toArray(ListItem[]::new));
        list.getStyle().set("margin", "var(--lumo-space-xs) 0");
        add(heading, list);
        getStyle().set("border-inline-start", "3px solid var(--lumo-warning-color, var(--lumo-primary-color))")
                .set("padding-inline-start", "var(--lumo-space-m)");
    }
}
