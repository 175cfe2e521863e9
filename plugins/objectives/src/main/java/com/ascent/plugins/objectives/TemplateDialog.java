package com.ascent.plugins.objectives;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.objectives.Capability;
import com.ascent.plugin.api.objectives.Objective;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Starts the program's objectives from one of Ascent's templates. The objectives arrive with
 * their indicators and targets, linked to the library's capabilities; capabilities of the
 * starter library that the library lacks are added to it first.
 */
class TemplateDialog extends Dialog {

    private final StepContext context;
    private final Translator messages;
    private final Runnable onAdded;
    private final Paragraph error = new Paragraph();

    TemplateDialog(StepContext context, Runnable onAdded) {
        super(context.messages().get("template.dialogTitle"));
        this.context = context;
        this.messages = context.messages();
        this.onAdded = onAdded;
        setWidth("44rem");
        error.setId("template-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        add(Sections.muted(new Paragraph(messages.get("template.intro"))), error);
        Catalog.templates().forEach(template -> add(card(template)));
        Button cancel = new Button(messages.get("common.cancel"), e -> close());
        cancel.setId("cancel-template");
        getFooter().add(cancel);
    }

    private Div card(Catalog.Template template) {
        Button use = new Button(messages.get("template.use"), e -> use(template));
        use.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        use.setId("use-template-" + template.id());
        Div card = new Div(new H3(template.name(messages)), new Paragraph(template.description(messages)),
                new UnorderedList(template.objectives().stream().map(o -> new ListItem(o.title(messages)))
                        .toArray(ListItem[]::new)), use);
        card.setId("template-" + template.id());
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)")
                .set("margin-block-end", "var(--lumo-space-s)");
        return card;
    }

    private void use(Catalog.Template template) {
        Set<String> taken = context.objectives().list().stream().map(o -> Catalog.nameKey(o.title()))
                .collect(Collectors.toSet());
        List<String> clashes = template.objectives().stream().map(o -> o.title(messages))
                .filter(title -> taken.contains(Catalog.nameKey(title)))
                .map(title -> messages.get("template.quoted", title)).toList();
        if (!clashes.isEmpty()) {
            showError(messages.get("template.titleTaken", String.join(messages.get("template.listSeparator"), clashes),
                    clashes.size()));
            return;
        }
        try {
            Map<String, UUID> capabilityIds = capabilitiesFor(template);
            List<Objective> added = context.objectives().addAll(
                    Catalog.objectives(template, messages, capabilityIds::get));
            close();
            Feedback.success(messages.get("template.added", added.size()));
            onAdded.run();
        } catch (InvalidInputException | ConcurrentEditException refusal) {
            showError(refusal.getMessage());
        }
    }

    /**
     * The library's capability id for each starter capability the template develops; the ones
     * the library lacks are added to it first.
     */
    private Map<String, UUID> capabilitiesFor(Catalog.Template template) {
        List<String> starterIds = template.objectives().stream().map(Catalog.TemplateObjective::capability).toList();
        List<Capability> library = new ArrayList<>(context.strategy().capabilities());
        library.addAll(context.strategy().addCapabilities(
                Catalog.missingStarterCapabilities(starterIds, library, messages)));
        Map<String, UUID> byName = library.stream()
                .collect(Collectors.toMap(c -> Catalog.nameKey(c.name()), Capability::id, (first, second) -> first));
        Map<String, UUID> byStarterId = new HashMap<>();
        starterIds.forEach(id -> byStarterId.put(id,
                byName.get(Catalog.nameKey(Catalog.starterCapability(id, messages).name()))));
        return byStarterId;
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
