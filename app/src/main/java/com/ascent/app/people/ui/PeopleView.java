package com.ascent.app.people.ui;

import com.ascent.app.format.FormatsService;
import com.ascent.app.people.FilterOptions;
import com.ascent.app.people.PeopleDirectory;
import com.ascent.app.people.PeopleSort;
import com.ascent.app.people.PersonEntry;
import com.ascent.app.people.SamplePeopleService;
import com.ascent.app.security.CurrentUser;
import com.ascent.app.security.Role;
import com.ascent.app.ui.Notifications;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.format.Formats;
import com.ascent.plugin.api.people.PeopleQuery;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The organization's people: a searchable, filterable list that loads page by page, so it
 * stays quick with a hundred thousand people. HR adds and edits people here, imports them from a
 * CSV file, or starts with the sample organization; viewers read.
 */
@Route("people")
@Menu(title = "nav.people", order = 2)
// Staff only: a participant's one page is My program (HomeView sends them there).
@RolesAllowed({"VIEWER", "HR", "ADMIN"})
public class PeopleView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE_SIZE = 50;

    private final PeopleDirectory directory;
    private final SamplePeopleService samples;
    private final boolean canEdit;
    private final Formats formats;
    private final Grid<PersonEntry> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<String> function = new ComboBox<>();
    private final ComboBox<String> location = new ComboBox<>();
    private final ComboBox<Integer> level = new ComboBox<>();
    private final Span count = new Span();
    private final HorizontalLayout sampleBanner = new HorizontalLayout();
    private final Paragraph sampleText = new Paragraph();
    private final VerticalLayout emptyState = new VerticalLayout();
    private final HorizontalLayout filters;
    private final HorizontalLayout headerActions = new HorizontalLayout();

    public PeopleView(PeopleDirectory directory, SamplePeopleService samples, CurrentUser currentUser,
                      FormatsService formatsService) {
        this.formats = formatsService.current(getLocale());
        this.directory = directory;
        this.samples = samples;
        this.canEdit = currentUser.hasRole(Role.HR);
        addClassName("ascent-page");
        setSizeFull();

        filters = filterBar();
        buildGrid();
        buildSampleBanner();
        buildEmptyState();
        add(header(), sampleBanner, emptyState, filters, grid);
        setFlexGrow(1, grid);
        refreshDirectory();
    }

    private HorizontalLayout header() {
        H1 title = new H1(getTranslation("people.title"));
        count.addClassName("ascent-muted");
        HorizontalLayout heading = new HorizontalLayout(title, count);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout header = new HorizontalLayout(heading);
        if (canEdit) {
            Button importCsv = new Button(getTranslation("people.importCsv"), VaadinIcon.UPLOAD.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(PeopleImportView.class)));
            Button add = new Button(getTranslation("people.add"), VaadinIcon.PLUS.create(), e -> openDialog(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            headerActions.add(importCsv, add);
            header.add(headerActions);
        }
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(Alignment.CENTER);
        return header;
    }

    private HorizontalLayout filterBar() {
        search.setLabel(getTranslation("people.search"));
        search.setPlaceholder(getTranslation("people.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("22rem");
        function.setLabel(getTranslation("people.filter.function"));
        location.setLabel(getTranslation("people.filter.location"));
        level.setLabel(getTranslation("people.filter.level"));
        level.setWidth("8rem");
        Stream.of(function, location).forEach(box -> {
            box.setPlaceholder(getTranslation("people.filter.any"));
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> refreshGrid());
        });
        level.setPlaceholder(getTranslation("people.filter.any"));
        level.setClearButtonVisible(true);
        level.addValueChangeListener(e -> refreshGrid());
        search.addValueChangeListener(e -> refreshGrid());
        Button clear = new Button(getTranslation("people.filter.clear"), e -> {
            search.clear();
            function.clear();
            location.clear();
            level.clear();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(search, function, location, level, clear);
        bar.setAlignItems(Alignment.END);
        bar.setWrap(true);
        return bar;
    }

    private void buildGrid() {
        column(e -> e.person().employeeId(), "people.field.EMPLOYEE_ID", PeopleSort.Column.EMPLOYEE_ID);
        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("people.field.FULL_NAME"))
                .setSortProperty(PeopleSort.Column.NAME.name()).setAutoWidth(true).setFlexGrow(0).setResizable(true)
                .setFrozen(true);
        column(e -> e.person().email(), "people.field.EMAIL", null);
        column(e -> e.person().function(), "people.field.FUNCTION", PeopleSort.Column.FUNCTION);
        column(e -> e.person().title(), "people.field.TITLE", PeopleSort.Column.TITLE);
        column(e -> e.person().level(), "people.field.LEVEL", PeopleSort.Column.LEVEL)
                .setTextAlign(ColumnTextAlign.END);
        column(e -> e.managerName() == null ? "" : e.managerName(), "people.field.MANAGER", null);
        column(e -> e.person().location(), "people.field.LOCATION", PeopleSort.Column.LOCATION);
        column(e -> e.person().hireDate() == null ? "" : formats.date(e.person().hireDate()), "people.field.HIRE_DATE",
                PeopleSort.Column.HIRE_DATE);
        column(e -> rating(e.person().performance()), "people.field.PERFORMANCE", null);
        column(e -> rating(e.person().potential()), "people.field.POTENTIAL", null);
        column(e -> String.join(", ", e.person().skills()), "people.field.SKILLS", null);
        if (canEdit) {
            grid.addComponentColumn(entry -> {
                Button edit = new Button(VaadinIcon.EDIT.create(), e -> openDialog(entry));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                edit.setAriaLabel(getTranslation("people.edit"));
                edit.setTooltipText(getTranslation("people.edit"));
                return edit;
            }).setHeader(getTranslation("people.actions")).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
            grid.addItemDoubleClickListener(e -> openDialog(e.getItem()));
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(PAGE_SIZE);
        grid.setMultiSort(false);
        grid.setEmptyStateText(getTranslation("people.noMatch"));
        grid.setItems(query -> directory.list(currentQuery(), sortOf(query), query.getOffset(), query.getLimit()).stream(),
                query -> directory.count(currentQuery()));
        grid.getLazyDataView().addItemCountChangeListener(e ->
                count.setText(getTranslation("people.count", e.getItemCount())));
        grid.setSizeFull();
    }

    private Grid.Column<PersonEntry> column(ValueProvider<PersonEntry, ?> value, String headerKey,
                                            PeopleSort.@Nullable Column sortBy) {
        Grid.Column<PersonEntry> column = grid.addColumn(value).setHeader(getTranslation(headerKey))
                .setAutoWidth(true).setResizable(true);
        if (sortBy != null) {
            column.setSortProperty(sortBy.name());
        }
        return column;
    }

    private Component nameCell(PersonEntry entry) {
        Span name = new Span(entry.person().fullName());
        if (!entry.sample()) {
            return name;
        }
        Badge sample = new Badge(getTranslation("people.sample.badge"));
        HorizontalLayout cell = new HorizontalLayout(name, sample);
        cell.setSpacing(true);
        cell.setAlignItems(Alignment.CENTER);
        return cell;
    }

    private String rating(@Nullable Integer rating) {
        return rating == null ? "" : getTranslation("people.rating." + rating);
    }

    private PeopleQuery currentQuery() {
        return new PeopleQuery(search.getValue(), function.getValue(), location.getValue(), level.getValue());
    }

    private static PeopleSort sortOf(Query<PersonEntry, Void> query) {
        return query.getSortOrders().stream().findFirst()
                .map(order -> new PeopleSort(PeopleSort.Column.valueOf(order.getSorted()),
                        order.getDirection() == SortDirection.DESCENDING))
                .orElse(PeopleSort.byName());
    }

    private void buildSampleBanner() {
        Button remove = new Button(getTranslation("people.sample.remove"), e -> confirmRemoveSamples());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setVisible(canEdit);
        sampleBanner.add(new Badge(getTranslation("people.sample.badge")), sampleText, remove);
        sampleBanner.setAlignItems(Alignment.CENTER);
        sampleBanner.setWidthFull();
        sampleBanner.addClassName("ascent-sample-banner");
        sampleBanner.getStyle().set("background", "var(--lumo-contrast-5pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "0 var(--lumo-space-m)");
    }

    private void buildEmptyState() {
        emptyState.setPadding(false);
        emptyState.add(new H2(getTranslation("people.empty.title")));
        if (!canEdit) {
            emptyState.add(new Paragraph(getTranslation("people.empty.viewer")));
            return;
        }
        emptyState.add(new Paragraph(getTranslation("people.empty.text")));
        Button importCsv = new Button(getTranslation("people.importCsv"), VaadinIcon.UPLOAD.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(PeopleImportView.class)));
        importCsv.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button add = new Button(getTranslation("people.add"), VaadinIcon.PLUS.create(), e -> openDialog(null));
        emptyState.add(new HorizontalLayout(importCsv, add));
        Paragraph sampleOffer = new Paragraph(getTranslation("people.empty.sample", SamplePeopleService.SIZE));
        sampleOffer.addClassName("ascent-muted");
        Button loadSample = new Button(getTranslation("people.sample.load"), e -> loadSample());
        emptyState.add(new HorizontalLayout(new Badge(getTranslation("people.sample.badge")), sampleOffer), loadSample);
    }

    private void loadSample() {
        try {
            int loaded = samples.loadSampleOrganization();
            Notifications.success(getTranslation("people.sample.loaded", loaded));
        } catch (InvalidInputException e) {
            Notifications.error(getTranslation(e.getMessage()));
        }
        refreshDirectory();
    }

    private void confirmRemoveSamples() {
        int sampleCount = samples.countSamplePeople();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("people.sample.remove.title"),
                getTranslation("people.sample.remove.message", sampleCount), getTranslation("people.sample.remove"),
                e -> {
                    int removed = samples.removeSamplePeople();
                    Notifications.success(getTranslation("people.sample.removed", removed));
                    refreshDirectory();
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private void openDialog(@Nullable PersonEntry entry) {
        new PersonDialog(directory, formats, entry, saved -> {
            Notifications.success(getTranslation("people.saved", saved.person().fullName()));
            refreshDirectory();
        }).open();
    }

    private void refreshGrid() {
        grid.getDataProvider().refreshAll();
    }

    /** After people were added, changed or removed: filters, sample banner, empty state and list. */
    private void refreshDirectory() {
        boolean empty = directory.count(PeopleQuery.all()) == 0;
        emptyState.setVisible(empty);
        filters.setVisible(!empty);
        grid.setVisible(!empty);
        count.setVisible(!empty);
        headerActions.setVisible(!empty);
        int sampleCount = empty ? 0 : samples.countSamplePeople();
        sampleBanner.setVisible(sampleCount > 0);
        sampleText.setText(getTranslation("people.sample.banner", sampleCount));
        FilterOptions options = directory.filterOptions();
        offer(function, options.functions());
        offer(location, options.locations());
        offer(level, options.levels());
        refreshGrid();
    }

    /** New choices for a filter, keeping the chosen one while it still occurs. */
    private static <T> void offer(ComboBox<T> filter, List<T> choices) {
        T chosen = filter.getValue();
        filter.setItems(choices);
        filter.setValue(chosen != null && choices.contains(chosen) ? chosen : null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title") + " · " + getTranslation("app.name");
    }
}
