package com.ascent.plugins.objectives;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.objectives.Capability;
import com.ascent.plugin.api.objectives.CapabilityDraft;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;

/**
 * The organization's capability library. A library without Ascent's starter capabilities offers
 * them: the organization gets them in the language of whoever loads them and owns them from then
 * on, to reword, extend or remove.
 */
class LibrarySection extends Details {

    private final StepContext context;
    private final Runnable onChange;
    private final Span summary = new Span();

    LibrarySection(StepContext context, Runnable onChange) {
        this.context = context;
        this.onChange = onChange;
        setId("capability-library");
        setWidthFull();
        setSummary(Sections.summary(context.messages().get("library.title"), summary));
    }

    void show(List<Capability> capabilities) {
        Translator messages = context.messages();
        summary.setText(messages.get("library.summary", capabilities.size()));
        removeAll();
        add(Sections.muted(new Paragraph(messages.get("library.intro"))));
        if (capabilities.isEmpty()) {
            add(Sections.muted(new Paragraph(messages.get("library.empty"))));
        }
        for (int i = 0; i < capabilities.size(); i++) {
            add(entry(capabilities.get(i), i + 1));
        }
        if (context.canEdit()) {
            HorizontalLayout actions = new HorizontalLayout();
            List<CapabilityDraft> missing = Catalog.missingStarterCapabilities(Catalog.starterCapabilityIds(),
                    capabilities, messages);
            if (!missing.isEmpty()) {
                Button load = new Button(capabilities.isEmpty() ? messages.get("library.loadStarter")
                        : messages.get("library.completeStarter", missing.size()), e -> loadStarterLibrary(missing));
                load.addThemeVariants(capabilities.isEmpty() ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
                load.setId("load-starter-library");
                actions.add(load);
            }
            actions.add(Sections.button(messages.get("library.add"), "add-capability",
                    () -> new CapabilityDialog(context, null, onChange).open()));
            add(actions);
        }
    }

    private Div entry(Capability capability, int number) {
        Translator messages = context.messages();
        Span name = new Span(capability.name());
        name.getStyle().set("font-weight", "600");
        HorizontalLayout heading = new HorizontalLayout(name);
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        if (context.canEdit()) {
            heading.add(Sections.button(messages.get("common.edit"), "edit-capability-" + number,
                    () -> new CapabilityDialog(context, capability, onChange).open()));
            heading.add(Sections.removeButton(messages.get("common.remove"), "remove-capability-" + number,
                    () -> Feedback.confirmRemoval(messages, messages.get("library.remove.title"),
                            messages.get("library.remove.text", capability.name()),
                            () -> context.strategy().removeCapability(capability.id(), capability.version()),
                            onChange)));
        }
        Div entry = new Div(heading);
        entry.setId("capability-" + number);
        entry.getStyle().set("margin-block-end", "var(--lumo-space-s)");
        if (!capability.description().isBlank()) {
            entry.add(new Paragraph(capability.description()));
        }
        if (capability.behaviours().isEmpty()) {
            entry.add(Sections.muted(new Paragraph(messages.get("library.noBehaviours"))));
        } else {
            entry.add(new UnorderedList(capability.behaviours().stream().map(ListItem::new).toArray(ListItem[]::new)));
        }
        return entry;
    }

    private void loadStarterLibrary(List<CapabilityDraft> missing) {
        Translator messages = context.messages();
        try {
            List<Capability> added = context.strategy().addCapabilities(missing);
            Feedback.success(messages.get("library.loaded", added.size()));
        } catch (InvalidInputException | ConcurrentEditException refusal) {
            Feedback.error(refusal.getMessage());
        }
        onChange.run();
    }
}
