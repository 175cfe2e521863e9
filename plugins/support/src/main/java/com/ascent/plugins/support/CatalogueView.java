package com.ascent.plugins.support;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.format.Formats;
import com.ascent.plugin.api.support.CatalogueImportException;
import com.ascent.plugin.api.support.ImportProblem;
import com.ascent.plugin.api.support.Occurrence;
import com.ascent.plugin.api.support.Resource;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The organization's resource catalogue: list, add, edit, remove and import from CSV. */
class CatalogueView extends VerticalLayout {

    /**
     * The largest catalogue file taken: it is held in memory, and its at most 5,000 lines fit
     * in 2 MB with room to spare. The browser refuses a larger file; the upload handler stops
     * reading beyond it for clients that skip the browser's check.
     */
    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    private final StepContext context;
    private final Translator messages;
    private final Runnable onChanged;
    private final Grid<Resource> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final VerticalLayout importProblems = new VerticalLayout();

    CatalogueView(StepContext context, Runnable onChanged) {
        this.context = context;
        this.messages = context.messages();
        this.onChanged = onChanged;
        setPadding(false);
        Button add = new Button(messages.get("resource.add"), e -> new ResourceDialog(context, null, onChanged).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-resource");
        Upload upload = new Upload();
        upload.setUploadHandler(this::receive);
        upload.setId("import-resources");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.addFileRejectedListener(e -> showRefusal());
        upload.setDropLabel(new Span(messages.get("import.drop")));
        HorizontalLayout actions = new HorizontalLayout(add, upload);
        actions.setAlignItems(Alignment.CENTER);
        actions.setVisible(context.canEdit());
        Paragraph importHelp = new Paragraph(messages.get("import.help"));
        importHelp.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        importHelp.setVisible(context.canEdit());
        importProblems.setId("import-problems");
        importProblems.setPadding(false);
        importProblems.setSpacing(false);
        empty.setText(messages.get("resource.empty"));
        empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
        configureGrid();
        add(actions, importHelp, importProblems, empty, grid);
    }

    void refresh() {
        List<Resource> catalogue = context.support().catalogue();
        grid.setItems(catalogue);
        empty.setVisible(catalogue.isEmpty());
        grid.setVisible(!catalogue.isEmpty());
    }

    /** Reads an uploaded file up to the limit; upload callbacks may run outside the session lock, so take it. */
    private void receive(UploadEvent event) throws IOException {
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            event.reject(tooLarge());
            event.getUI().accessSynchronously(this::showRefusal);
        } else {
            event.getUI().accessSynchronously(() -> importFile(bytes));
        }
    }

    private String tooLarge() {
        return messages.get("import.tooLarge", MAX_FILE_BYTES / (1024 * 1024));
    }

    private void showRefusal() {
        importProblems.removeAll();
        Span refusal = new Span(tooLarge());
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        importProblems.add(refusal);
    }

    /** Imports a whole file, or shows what is wrong with it line by line. */
    void importFile(byte[] bytes) {
        importProblems.removeAll();
        try {
            List<Resource> added = context.support().importCatalogue(bytes);
            context.changes().saved();
            Notification.show(messages.get("import.done", added.size()));
            onChanged.run();
        } catch (CatalogueImportException e) {
            importProblems.add(new Span(messages.get("import.refused")));
            for (ImportProblem problem : e.problems()) {
                Span line = new Span(problem.line() == 0 ? problem.message() : problem.field().isEmpty()
                        ? messages.get("import.problemOfLine", problem.line(), problem.message())
                        : messages.get("import.problem", problem.line(), problem.field(), problem.message()));
                line.getStyle().set("color", "var(--lumo-error-text-color)");
                importProblems.add(line);
            }
        }
    }

    private void configureGrid() {
        grid.setId("resource-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Formats formats = context.formats();
        grid.addColumn(SupportView.twoLines(Resource::title, r -> String.join(" · ", details(r))))
                .setHeader(messages.get("resource.title")).setWidth("11em").setFlexGrow(3);
        grid.addColumn(r -> messages.get("type." + r.type().name())).setHeader(messages.get("resource.type"))
                .setWidth("7.5em").setFlexGrow(0);
        grid.addColumn(r -> when(r, formats)).setHeader(messages.get("resource.when")).setWidth("9em").setFlexGrow(2)
                .setTooltipGenerator(r -> r.occurrences().stream().map(time -> when(time, formats))
                        .collect(Collectors.joining("\n")));
        grid.addColumn(r -> r.capacity() == null ? messages.get("resource.unlimited")
                        : messages.get("resource.places", r.enrolled(), r.capacity()))
                .setHeader(messages.get("resource.placesHeader")).setWidth("6em").setFlexGrow(0);
        grid.addColumn(r -> formats.money(r.costPerParticipant())).setHeader(messages.get("resource.cost"))
                .setWidth("7em").setFlexGrow(0);
        if (context.canEdit()) {
            grid.addComponentColumn(r -> {
                Button edit = small(messages.get("resource.edit"), () -> new ResourceDialog(context, r, onChanged).open());
                edit.setId("edit-resource-" + r.id());
                Button remove = small(messages.get("resource.remove"), () -> remove(r));
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
                remove.setId("remove-resource-" + r.id());
                return new HorizontalLayout(edit, remove);
            }).setHeader(messages.get("column.actions")).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
    }

    private void remove(Resource resource) {
        try {
            context.support().removeResource(resource.id(), resource.version());
            context.changes().saved();
        } catch (ConcurrentEditException e) {
            SupportView.showError(e.getMessage());
        }
        onChanged.run();
    }

    /** Who offers a resource and what it develops, shown under its title. */
    private static List<String> details(Resource resource) {
        List<String> details = new ArrayList<>();
        if (!resource.provider().isBlank()) {
            details.add(resource.provider());
        }
        if (!resource.capabilities().isEmpty()) {
            details.add(String.join(", ", resource.capabilities()));
        }
        return details;
    }

    /** When a resource takes place: its first time, and how many times follow (listed in the tooltip). */
    private String when(Resource resource, Formats formats) {
        List<Occurrence> times = resource.occurrences();
        if (times.isEmpty()) {
            return resource.duration() == null ? "" : resource.duration();
        }
        String first = when(times.getFirst(), formats);
        return times.size() == 1 ? first : messages.get("resource.whenRepeats", first, times.size() - 1);
    }

    /** One time of a dated resource: a day, or its first and last day. */
    static String when(Occurrence time, Formats formats) {
        return time.startsOn().equals(time.endsOn()) ? formats.date(time.startsOn())
                : formats.date(time.startsOn()) + " – " + formats.date(time.endsOn());
    }

    static Button small(String text, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
