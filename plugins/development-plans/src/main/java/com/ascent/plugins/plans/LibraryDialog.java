package com.ascent.plugins.plans;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.TextLimits;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.plans.ActivityKind;
import com.ascent.plugin.api.plans.ActivityTemplate;
import com.ascent.plugin.api.plans.ActivityTemplateDraft;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The organization's library of activity templates, which suggestions come from. */
class LibraryDialog extends Dialog {

    private final StepContext context;
    private final Translator messages;
    private final Grid<ActivityTemplate> grid = new Grid<>();
    private final Select<ActivityKind> kind = new Select<>();
    private final TextField title = new TextField();
    private final TextField description = new TextField();
    private final TextField capabilities = new TextField();
    private final FieldErrors errors = new FieldErrors();
    private @Nullable ActivityTemplate editing;

    LibraryDialog(StepContext context) {
        title.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        description.setMaxLength(TextLimits.TEXT_MAX_LENGTH);
        capabilities.setMaxLength(TextLimits.TEXT_MAX_LENGTH);
        this.context = context;
        this.messages = context.messages();
        setHeaderTitle(messages.get("library.title"));
        setWidth("min(70rem, 95vw)");
        setId("library-dialog");
        grid.setId("library-templates");
        grid.addColumn(t -> messages.get("kind." + t.kind().name())).setHeader(messages.get("activity.kind")).setAutoWidth(true);
        grid.addColumn(ActivityTemplate::title).setHeader(messages.get("library.templateTitle")).setAutoWidth(true);
        grid.addColumn(t -> String.join("; ", t.capabilities())).setHeader(messages.get("library.capabilities"));
        grid.addComponentColumn(t -> {
            Button edit = new Button(messages.get("activity.edit"), e -> edit(t));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Button remove = new Button(messages.get("common.remove"), e -> write(() ->
                    context.plans().removeTemplate(t.id(), t.version())));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return new HorizontalLayout(edit, remove);
        }).setHeader(messages.get("column.actions")).setAutoWidth(true);
        kind.setLabel(messages.get("activity.kind"));
        kind.setItems(ActivityKind.values());
        kind.setItemLabelGenerator(k -> messages.get("kind." + k.name()));
        kind.setValue(ActivityKind.STRETCH_ASSIGNMENT);
        kind.setId("template-kind");
        title.setLabel(messages.get("library.templateTitle"));
        title.setId("template-title");
        description.setLabel(messages.get("library.description"));
        description.setId("template-description");
        capabilities.setLabel(messages.get("library.capabilities"));
        capabilities.setHelperText(messages.get("library.capabilities.help"));
        capabilities.setId("template-capabilities");
        errors.bind("title", title).bind("description", description);
        Button save = new Button(messages.get("library.save"), e -> save());
        save.setId("save-template");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(kind, title, description, capabilities, save);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(new Paragraph(messages.get("library.help")), grid, form);
        Button close = new Button(messages.get("library.close"), e -> close());
        close.setId("close-library");
        getFooter().add(close);
        refresh();
    }

    private void edit(ActivityTemplate template) {
        editing = template;
        kind.setValue(template.kind());
        title.setValue(template.title());
        description.setValue(template.description());
        capabilities.setValue(String.join("; ", template.capabilities()));
    }

    private void save() {
        ActivityTemplateDraft draft = new ActivityTemplateDraft(kind.getValue(), title.getValue(),
                description.getValue(), Arrays.stream(capabilities.getValue().split(";")).toList());
        write(() -> {
            if (editing == null) {
                context.plans().addTemplate(draft);
            } else {
                context.plans().updateTemplate(editing.id(), editing.version(), draft);
            }
            editing = null;
            title.clear();
            description.clear();
            capabilities.clear();
        });
    }

    private void write(Runnable action) {
        errors.clear();
        try {
            action.run();
            refresh();
        } catch (InvalidInputException e) {
            errors.show(e);
        } catch (ConcurrentEditException e) {
            FieldErrors.notifyError(e.getMessage());
            refresh();
        }
    }

    private void refresh() {
        List<ActivityTemplate> templates = context.plans().templates();
        grid.setItems(templates);
    }
}
