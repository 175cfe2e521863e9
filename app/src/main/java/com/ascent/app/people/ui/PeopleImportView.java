package com.ascent.app.people.ui;

import com.ascent.app.files.TextEncoding;
import com.ascent.app.files.TextFile;
import com.ascent.app.files.TextFiles;
import com.ascent.app.files.UnreadableFileException;
import com.ascent.app.files.Uploads;
import com.ascent.app.people.BackgroundWork;
import com.ascent.app.people.ColumnMapping;
import com.ascent.app.people.CsvPreview;
import com.ascent.app.people.ImportCheck;
import com.ascent.app.people.ImportProblem;
import com.ascent.app.people.ImportProgress;
import com.ascent.app.people.ImportRejectedException;
import com.ascent.app.people.PeopleImportService;
import com.ascent.app.people.PersonField;
import com.ascent.app.people.RatingMapping;
import com.ascent.app.people.RatingScale;
import com.ascent.app.ui.Notifications;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports people from a CSV file in three moves: upload, check the column mapping against a
 * preview and the verdict on every row, import. Checking and importing run in the background
 * with a progress bar, so a file of a hundred thousand rows keeps the screen responsive.
 */
@Route("people/import")
// Vaadin's view access check does not apply the role hierarchy: name every role that may import.
@RolesAllowed({"HR", "ADMIN"})
public class PeopleImportView extends VerticalLayout implements HasDynamicTitle {

    /** How many problems are listed on screen; the count says how many there are in all. */
    static final int SHOWN_PROBLEMS = 50;

    private static final Logger log = LoggerFactory.getLogger(PeopleImportView.class);

    private final PeopleImportService imports;
    private final BackgroundWork background;
    private final Upload upload;
    private final Span fileName = new Span();
    private final Paragraph refusal = new Paragraph();
    private final Select<TextEncoding> encodingChoice = new Select<>();
    private final FormLayout mappingForm = new FormLayout();
    private final Map<PersonField, Select<Integer>> columnChoices = new EnumMap<>(PersonField.class);
    private final VerticalLayout ratingScales = new VerticalLayout();
    private final List<Select<?>> scaleChoices = new ArrayList<>();
    private final Grid<List<String>> preview = new Grid<>();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final Paragraph verdict = new Paragraph();
    private final UnorderedList problems = new UnorderedList();
    private final Button importButton = new Button();
    private final VerticalLayout fileSection = new VerticalLayout();
    /** The columns and the first rows: only for a file that can be read. */
    private final VerticalLayout readSection = new VerticalLayout();
    private final Paragraph imported = new Paragraph();
    private final Button openList = new Button();

    private @Nullable Path file;
    /** The file as checked and read in its encoding; {@code null} while it cannot be read. */
    private @Nullable TextFile text;
    private ColumnMapping mapping = new ColumnMapping(Map.of());
    private @Nullable ImportCheck lastCheck;
    /** Bumped whenever a new check starts, so that an outdated check's result is ignored. */
    private int generation;
    private boolean working;

    public PeopleImportView(PeopleImportService imports, BackgroundWork background, Uploads uploads) {
        this.imports = imports;
        this.background = background;
        addClassName("ascent-page");
        setMaxWidth("80rem");

        RouterLink back = new RouterLink(getTranslation("people.import.back"), PeopleView.class);
        Anchor sampleFile = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = imports.sampleFile().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(content),
                    "ascent-people-sample.csv", "text/csv", content.length);
        }), getTranslation("people.import.sampleFile"));
        sampleFile.setDownload(true);

        upload = new Upload();
        uploads.toTempFile(upload, this::receive, this::refused);
        upload.setAcceptedFileTypes("text/csv", ".csv", ".txt");
        upload.setUploadButton(new Button(getTranslation("people.import.upload"), VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span(getTranslation("people.import.drop")));
        refusal.setId("people-import-refused");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        refusal.setVisible(false);
        encodingChoice.setId("people-import-encoding");
        encodingChoice.setLabel(getTranslation("people.import.encoding"));
        encodingChoice.setItems(TextEncoding.values());
        encodingChoice.setItemLabelGenerator(TextEncoding::displayName);
        encodingChoice.setWidth("16rem");
        encodingChoice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                read(e.getValue());
            }
        });

        mappingForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("40rem", 4));
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        preview.setAllRowsVisible(true);
        for (PersonField field : PersonField.values()) {
            preview.addColumn(row -> mapping.column(field).filter(c -> c < row.size()).map(row::get).orElse(""))
                    .setHeader(getTranslation(field.labelKey())).setAutoWidth(true);
        }
        progressBar.setWidth("24rem");
        fileName.setId("people-import-file");
        preview.setId("people-import-preview");
        progressText.setId("people-import-progress");
        verdict.setId("people-import-verdict");
        problems.setId("people-import-problems");
        importButton.setId("people-import-start");
        imported.setId("people-import-done");
        imported.setVisible(false);
        openList.setText(getTranslation("people.import.openList"));
        openList.setId("people-import-open-list");
        openList.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        openList.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PeopleView.class)));
        openList.setVisible(false);
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> startImport());
        Paragraph mappingHelp = new Paragraph(getTranslation("people.import.mapping.help"));
        mappingHelp.addClassName("ascent-muted");
        ratingScales.setId("people-import-scales");
        ratingScales.setPadding(false);
        fileSection.setPadding(false);
        readSection.setPadding(false);
        readSection.add(new H2(getTranslation("people.import.mapping")), mappingHelp, mappingForm, ratingScales,
                new H2(getTranslation("people.import.preview")), preview);
        fileSection.add(fileName, encodingChoice, readSection, progressText, progressBar, verdict, problems,
                importButton);
        fileSection.setVisible(false);
        add(back, new H1(getTranslation("people.import.title")), new Paragraph(getTranslation("people.import.intro")),
                sampleFile, upload, refusal, fileSection, imported, openList);
    }

    /** A file arrived: read it in the encoding found in it. */
    void receive(String name, Path received) {
        discardFile();
        imported.setVisible(false);
        openList.setVisible(false);
        refusal.setVisible(false);
        file = received;
        fileName.setText(getTranslation("people.import.file", name));
        fileSection.setVisible(true);
        upload.clearFileList();
        read(null);
    }

    /** A file was refused before it arrived (too large, wrong type): say so where the file would be. */
    private void refused(String message) {
        discardFile();
        fileSection.setVisible(false);
        refusal.setText(message);
        refusal.setVisible(true);
        Notifications.error(message);
    }

    /**
     * Reads the file in {@code encoding}, or in the one found in it when {@code null}: shows its
     * first rows with the guessed mapping, and checks it; or says why it cannot be read.
     */
    private void read(@Nullable TextEncoding encoding) {
        Path reading = file;
        if (reading == null) {
            return;
        }
        generation++;
        try {
            text = TextFiles.open(reading, encoding);
        } catch (UnreadableFileException e) {
            text = null;
            showUnreadable(e, encoding);
            return;
        }
        readSection.setVisible(true);
        encodingChoice.setVisible(true);
        encodingChoice.setValue(text.encoding());
        encodingChoice.setHelperText(getTranslation(text.guessed() ? "people.import.encoding.guessed"
                : encoding == null ? "people.import.encoding.found" : "people.import.encoding.chosen"));
        CsvPreview start = imports.preview(text);
        mapping = start.suggestedMapping();
        buildMappingForm(start.headers());
        buildRatingScales();
        preview.setItems(start.firstRows());
        check();
    }

    /**
     * The file is not text (no encoding can help), or a line cannot be read in the encoding found
     * or chosen (another may): nothing to map or check, the verdict right below the file's name.
     */
    private void showUnreadable(UnreadableFileException problem, @Nullable TextEncoding encoding) {
        lastCheck = null;
        showWorking(false);
        readSection.setVisible(false);
        encodingChoice.setVisible(problem.line() > 0);
        encodingChoice.setValue(encoding);
        encodingChoice.setHelperText(getTranslation("people.import.encoding.choose"));
        mapping = new ColumnMapping(Map.of());
        buildMappingForm(List.of());
        buildRatingScales();
        preview.setItems(List.of());
        String message = getTranslation(problem.getMessage(), problem.arguments().toArray());
        verdict.setText(getTranslation("people.import.unreadable", problem.line() > 0
                ? getTranslation("people.import.problem.file", Long.toString(problem.line()), message) : message));
        verdict.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    private void buildMappingForm(List<String> headers) {
        mappingForm.removeAll();
        columnChoices.clear();
        for (PersonField field : PersonField.values()) {
            Select<Integer> choice = new Select<>();
            choice.setLabel(getTranslation(field.labelKey()) + (field.required() ? " *" : ""));
            choice.setItems(IntStream.range(0, headers.size()).boxed().toList());
            choice.setItemLabelGenerator(column -> column == null ? getTranslation("people.import.column.none")
                    : headers.get(column).isBlank() ? "#" + (column + 1) : headers.get(column));
            choice.setEmptySelectionAllowed(true);
            choice.setEmptySelectionCaption(getTranslation("people.import.column.none"));
            choice.setValue(mapping.column(field).orElse(null));
            choice.addValueChangeListener(e -> {
                mapping = mapping.with(field, Optional.ofNullable(e.getValue()));
                if (field.rating() && e.getValue() != null && text != null) {
                    mapping = mapping.withRatingScale(field, imports.ratingScale(text, e.getValue(), field));
                }
                if (field.rating()) {
                    buildRatingScales();
                }
                preview.getDataProvider().refreshAll();
                check();
            });
            columnChoices.put(field, choice);
            mappingForm.add(choice);
        }
    }

    /**
     * For each rating column: the scale recognised in the file, and which 9-box rating each of its
     * values becomes, as proposed; HR can choose another scale or change any value's rating.
     */
    private void buildRatingScales() {
        ratingScales.removeAll();
        scaleChoices.clear();
        List<PersonField> rated = Arrays.stream(PersonField.values()).filter(PersonField::rating)
                .filter(mapping::maps).toList();
        if (rated.isEmpty()) {
            return;
        }
        Paragraph help = new Paragraph(getTranslation("people.import.scales.help"));
        help.addClassName("ascent-muted");
        ratingScales.add(new H2(getTranslation("people.import.scales")), help);
        for (PersonField field : rated) {
            RatingMapping current = mapping.ratingScale(field);
            String id = "people-import-scale-" + field.name().toLowerCase(Locale.ROOT);
            Select<RatingScale> scale = new Select<>();
            scale.setId(id);
            scale.setLabel(getTranslation("people.import.scale", getTranslation(field.labelKey())));
            scale.setItems(RatingScale.values());
            scale.setItemLabelGenerator(RatingScale::displayName);
            scale.setValue(current.scale());
            scale.addValueChangeListener(e -> {
                mapping = mapping.withRatingScale(field, RatingMapping.proposed(e.getValue()));
                buildRatingScales();
                check();
            });
            HorizontalLayout points = new HorizontalLayout(scale);
            points.setWrap(true);
            points.setAlignItems(FlexComponent.Alignment.BASELINE);
            scaleChoices.add(scale);
            for (int point = 0; point < current.scale().size(); point++) {
                int thisPoint = point;
                Select<Integer> rating = new Select<>();
                rating.setId(id + "-" + point);
                rating.setLabel(getTranslation("people.import.scale.point", current.scale().pointName(point)));
                rating.setItems(1, 2, 3);
                rating.setItemLabelGenerator(r -> getTranslation("people.rating." + r));
                rating.setValue(current.ratings().get(point));
                rating.setWidth("10rem");
                rating.addValueChangeListener(e -> {
                    mapping = mapping.withRatingScale(field, mapping.ratingScale(field).with(thisPoint, e.getValue()));
                    check();
                });
                scaleChoices.add(rating);
                points.add(rating);
            }
            ratingScales.add(points);
        }
    }

    private void check() {
        TextFile checking = text;
        if (checking == null) {
            return;
        }
        ColumnMapping checked = mapping;
        int thisCheck = ++generation;
        showWorking(true);
        ImportProgress progress = progress(thisCheck);
        run(checking.path(), () -> imports.check(checking, checked, progress), check -> {
            if (thisCheck == generation) {
                showCheck(check);
            }
        }, error -> {
            if (thisCheck == generation) {
                failed(error);
            }
        });
    }

    private void startImport() {
        TextFile importing = text;
        if (importing == null || lastCheck == null || !lastCheck.importable()) {
            return;
        }
        ColumnMapping imported = mapping;
        int thisImport = ++generation;
        showWorking(true);
        ImportProgress progress = progress(thisImport);
        run(importing.path(), () -> imports.importPeople(importing, imported, progress), done -> {
            String summary = getTranslation("people.import.done", done.newPeople(), done.updatedPeople());
            Notifications.success(summary);
            if (isAttached()) {
                discardFile();
                showImported(summary);
            }
        }, error -> {
            if (error instanceof ImportRejectedException rejected) {
                showCheck(rejected.check());
            } else {
                failed(error);
            }
        });
    }

    /**
     * Runs {@code work} on {@code input} in the background; its outcome is shown on this screen
     * when it ends. When the screen was left meanwhile, the uploaded file is deleted then.
     */
    private <T> void run(Path input, Supplier<T> work, Consumer<T> done, Consumer<Throwable> failure) {
        UI ui = UI.getCurrent();
        CompletableFuture<T> job = background.start(work);
        job.whenComplete((result, error) -> onScreen(ui, () -> {
            working = false;
            if (!isAttached() && !input.equals(file)) {
                deleteQuietly(input);
            }
            if (error == null) {
                done.accept(result);
            } else {
                failure.accept(error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
            }
        }));
    }

    /** Shows the progress of {@code job} on this screen; call it on the request thread. */
    private ImportProgress progress(int job) {
        UI ui = UI.getCurrent();
        return (stage, done, total) -> onScreen(ui, () -> {
            if (job == generation && total > 0) {
                progressBar.setIndeterminate(false);
                progressBar.setValue((double) done / total);
                progressText.setText(getTranslation(stage == ImportProgress.Stage.CHECKING
                        ? "people.import.checking" : "people.import.saving", done, total));
            }
        });
    }

    /** Changes the screen from a background thread; a closed screen has nothing to change. */
    private static void onScreen(UI ui, Command change) {
        try {
            ui.access(change);
        } catch (UIDetachedException e) {
            log.debug("The import screen was closed before the work ended", e);
        }
    }

    private void showWorking(boolean busy) {
        working = busy;
        progressBar.setVisible(busy);
        progressBar.setIndeterminate(true);
        progressText.setVisible(busy);
        progressText.setText("");
        verdict.setVisible(!busy);
        problems.setVisible(!busy);
        importButton.setVisible(false);
        columnChoices.values().forEach(choice -> choice.setReadOnly(busy));
        encodingChoice.setReadOnly(busy);
        scaleChoices.forEach(choice -> choice.setReadOnly(busy));
        upload.setVisible(!busy);
    }

    /** The people are in; the user goes on to the list (a click, so that navigation runs in a request). */
    private void showImported(String summary) {
        showWorking(false);
        fileSection.setVisible(false);
        imported.setText(summary);
        imported.setVisible(true);
        openList.setVisible(true);
    }

    private void showCheck(ImportCheck check) {
        lastCheck = check;
        showWorking(false);
        problems.removeAll();
        if (check.problemCount() > 0) {
            verdict.setText(getTranslation("people.import.problems", check.problemCount()));
            check.problems().stream().limit(SHOWN_PROBLEMS).map(this::describe).map(ListItem::new).forEach(problems::add);
            if (check.problemCount() > SHOWN_PROBLEMS) {
                problems.add(new ListItem(getTranslation("people.import.moreProblems",
                        check.problemCount() - SHOWN_PROBLEMS)));
            }
        } else if (check.rows() == 0) {
            verdict.setText(getTranslation("people.import.noRows"));
        } else {
            verdict.setText(getTranslation("people.import.ready", check.rows(), check.newPeople(),
                    check.updatedPeople()));
            importButton.setText(getTranslation("people.import.start", check.rows()));
            importButton.setVisible(true);
        }
        verdict.getStyle().set("color", check.importable() ? null : "var(--lumo-error-text-color)");
    }

    /** "Line 57, E-mail: “ana@” is not a valid e-mail address." */
    String describe(ImportProblem problem) {
        String message = getTranslation(problem.messageKey(), problem.arguments().toArray());
        String line = Long.toString(problem.line());
        return problem.field() == null ? getTranslation("people.import.problem.file", line, message)
                : getTranslation("people.import.problem", line, getTranslation(problem.field().labelKey()), message);
    }

    private void failed(Throwable error) {
        log.error("Checking or importing a people file failed", error);
        showWorking(false);
        verdict.setText(getTranslation("people.import.failed"));
        Notifications.error(getTranslation("people.import.failed"));
    }

    private void discardFile() {
        if (file != null) {
            deleteQuietly(file);
            file = null;
            text = null;
        }
    }

    private static void deleteQuietly(Path uploaded) {
        try {
            Files.deleteIfExists(uploaded);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded file {}", uploaded, e);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        showWorking(false);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        generation++;
        if (working) {
            file = null;
            text = null;
        } else {
            discardFile();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.import.title") + " · " + getTranslation("app.name");
    }
}
