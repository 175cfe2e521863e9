package com.ascent.plugins.objectives;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.TextLimits;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.objectives.Capability;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Adds a capability to the organization's library or edits one. */
class CapabilityDialog extends EditDialog {

    private final @Nullable Capability capability;
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final TextArea behaviours = new TextArea();

    CapabilityDialog(StepContext context, @Nullable Capability capability, Runnable onSaved) {
        super(context, context.messages().get(capability == null ? "library.add" : "library.edit"), "capability",
                onSaved);
        name.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        description.setMaxLength(TextLimits.TEXT_MAX_LENGTH);
        behaviours.setMaxLength(TextLimits.TEXT_MAX_LENGTH);
        this.capability = capability;
        Translator messages = context.messages();
        name.setLabel(messages.get("library.name"));
        name.setPlaceholder(messages.get("library.name.placeholder"));
        name.setId("capability-name");
        name.setMaxLength(120);
        description.setLabel(messages.get("library.description"));
        description.setId("capability-description");
        behaviours.setLabel(messages.get("library.behaviours"));
        behaviours.setHelperText(messages.get("library.behaviours.helper"));
        behaviours.setId("capability-behaviours");
        if (capability != null) {
            name.setValue(capability.name());
            description.setValue(capability.description());
            behaviours.setValue(String.join("\n", capability.behaviours()));
        }
        errors.bind("name", name);
        trackChanges(name, description, behaviours);
        FormLayout form = new FormLayout(name, description, behaviours);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("32rem");
        add(form);
    }

    @Override
    protected void store() {
        List<String> lines = behaviours.getValue().lines().toList();
        if (capability == null) {
            context.strategy().addCapability(name.getValue(), description.getValue(), lines);
        } else {
            context.strategy().updateCapability(capability.id(), capability.version(), name.getValue(),
                    description.getValue(), lines);
        }
    }
}
