package com.ascent.plugins.selection;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.TextLimits;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.people.PeopleQuery;
import com.ascent.plugin.api.people.Person;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Choosing the HiPos: the people directory filtered by function, level, location, text and the
 * 9-box grid, and the HiPos already on the roster. The directory is read again for every change of
 * the filters and every page of candidates the grid shows, not kept: kept, it stayed in each HR
 * user's session for as long as the step was open, a copy per user of the whole directory (issue 17).
 */
final class HipoPanel extends VerticalLayout implements Panel {

    /** The most people listed at once; beyond it, the text search narrows the list. */
    static final int MAX_PEOPLE = 20_000;

    private final StepContext context;
    private final Translator messages;
    private final TextField text = new TextField();
    private final ComboBox<String> function = new ComboBox<>();
    private final ComboBox<Integer> level = new ComboBox<>();
    private final ComboBox<String> location = new ComboBox<>();
    private final NineBox nineBox;
    private final Grid<Person> candidates = new Grid<>();
    private final Span shown = new Span();
    private final Button add = new Button();
    private final RosterTable hipos;
    private Map<UUID, RosterRole> roles = Map.of();

    HipoPanel(StepContext context) {
        text.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        this.context = context;
        this.messages = context.messages();
        setPadding(false);
        nineBox = new NineBox(messages, () -> filter(directory()));
        hipos = rosterSection();
        add(new Paragraph(messages.get("hipos.intro")), filters(), nineBox, candidatesSection(), hipos);
    }

    private HorizontalLayout filters() {
        text.setLabel(messages.get("hipos.filter.text"));
        text.setPlaceholder(messages.get("hipos.filter.text.placeholder"));
        text.setId("hipo-filter-text");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        function.setLabel(messages.get("hipos.filter.function"));
        function.setId("hipo-filter-function");
        level.setLabel(messages.get("hipos.filter.level"));
        level.setId("hipo-filter-level");
        location.setLabel(messages.get("hipos.filter.location"));
        location.setId("hipo-filter-location");
        for (ComboBox<?> box : List.of(function, level, location)) {
            box.setPlaceholder(messages.get("hipos.filter.any"));
            box.setClearButtonVisible(true);
        }
        text.addValueChangeListener(e -> filter(directory()));
        function.addValueChangeListener(e -> filter(directory()));
        level.addValueChangeListener(e -> filter(directory()));
        location.addValueChangeListener(e -> filter(directory()));
        HorizontalLayout filters = new HorizontalLayout(text, function, level, location);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private VerticalLayout candidatesSection() {
        candidates.setId("hipo-candidates");
        candidates.setSelectionMode(Grid.SelectionMode.MULTI);
        // Grid hides "select all" for rows it fetches on demand; every candidate can be chosen at once, as before.
        ((GridMultiSelectionModel<Person>) candidates.getSelectionModel())
                .setSelectAllCheckboxVisibility(GridMultiSelectionModel.SelectAllCheckboxVisibility.VISIBLE);
        candidates.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        candidates.addColumn(Person::fullName).setHeader(messages.get("column.name")).setSortable(true).setAutoWidth(true);
        candidates.addColumn(Person::function).setHeader(messages.get("column.function")).setSortable(true);
        candidates.addColumn(Person::level).setHeader(messages.get("column.level")).setSortable(true);
        candidates.addColumn(Person::location).setHeader(messages.get("column.location")).setSortable(true);
        candidates.addColumn(this::boxName).setHeader(messages.get("column.box"));
        candidates.addColumn(p -> roles.containsKey(p.id())
                ? messages.get("hipos.onRoster", messages.get("role." + roles.get(p.id()).name())) : "")
                .setHeader(messages.get("column.status"));
        candidates.setHeight("22rem");
        candidates.addSelectionListener(e -> add.setEnabled(context.canEdit() && !e.getAllSelectedItems().isEmpty()));
        add.setText(messages.get("hipos.add"));
        add.setId("add-hipos");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setEnabled(false);
        add.setVisible(context.canEdit());
        add.addClickListener(e -> addSelected());
        shown.setId("hipo-candidates-count");
        shown.addClassName("ascent-muted");
        HorizontalLayout actions = new HorizontalLayout(add, shown);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        VerticalLayout section = new VerticalLayout(new H3(messages.get("hipos.candidates")), candidates, actions);
        section.setPadding(false);
        return section;
    }

    private RosterTable rosterSection() {
        return new RosterTable(context, "hipo-roster", messages.get("hipos.roster.empty"), grid -> {
            grid.addColumn(RosterMember::function).setHeader(messages.get("column.function")).setSortable(true);
            grid.addColumn(RosterMember::level).setHeader(messages.get("column.level")).setSortable(true);
            grid.addColumn(RosterMember::location).setHeader(messages.get("column.location")).setSortable(true);
            grid.addColumn(m -> String.join(", ", m.capabilities())).setHeader(messages.get("column.needs"))
                    .setFlexGrow(2);
            grid.addColumn(m -> String.join(", ", m.languages())).setHeader(messages.get("column.languages"));
            grid.addColumn(m -> messages.get("availability." + m.availability().name()))
                    .setHeader(messages.get("column.availability"));
        }, this::refresh);
    }

    private List<Person> directory() {
        return context.people().find(PeopleQuery.all(), 0, MAX_PEOPLE);
    }

    @Override
    public void refresh() {
        List<Person> people = directory();
        List<RosterMember> members = context.roster().members();
        Map<UUID, RosterRole> byPerson = new HashMap<>();
        members.stream().filter(m -> m.personId() != null).forEach(m -> byPerson.put(m.personId(), m.role()));
        roles = byPerson;
        options(function, people, Person::function);
        options(location, people, Person::location);
        options(level, people, Person::level);
        List<RosterMember> current = members.stream().filter(m -> m.role() == RosterRole.HIPO).toList();
        hipos.show(messages.get("hipos.roster", current.size()), current);
        filter(people);
    }

    private <T extends Comparable<T>> void options(ComboBox<T> box, List<Person> people, Function<Person, T> value) {
        T chosen = box.getValue();
        box.setItems(people.stream().map(value).distinct().sorted().toList());
        if (chosen != null && people.stream().map(value).anyMatch(chosen::equals)) {
            box.setValue(chosen);
        }
    }

    /**
     * Counts the 9-box on the people passing the filters, then lists those in the boxes chosen: the
     * grid asks for the rows it shows, each time from the directory.
     */
    private void filter(List<Person> people) {
        nineBox.count(filtered(people).toList());
        long inBoxes = filtered(people).filter(nineBox::accepts).count();
        candidates.deselectAll();
        candidates.setItems(query -> filtered(directory()).filter(nineBox::accepts)
                        .sorted(query.getSortingComparator().orElse((a, b) -> 0))
                        .skip(query.getOffset()).limit(query.getLimit()),
                query -> (int) filtered(directory()).filter(nineBox::accepts).count());
        String count = messages.get("hipos.candidates.count", inBoxes, people.size());
        if (people.isEmpty()) {
            count = messages.get("hipos.candidates.empty");
        } else if (people.size() >= MAX_PEOPLE) {
            count += " " + messages.get("hipos.candidates.capped", MAX_PEOPLE);
        }
        shown.setText(count);
    }

    private Stream<Person> filtered(List<Person> people) {
        String search = text.getValue().strip().toLowerCase(Locale.ROOT);
        return people.stream()
                .filter(p -> search.isEmpty() || matches(p, search))
                .filter(p -> function.getValue() == null || function.getValue().equals(p.function()))
                .filter(p -> level.getValue() == null || level.getValue() == p.level())
                .filter(p -> location.getValue() == null || location.getValue().equals(p.location()));
    }

    private static boolean matches(Person person, String search) {
        return List.of(person.fullName(), person.email(), person.employeeId(), person.title()).stream()
                .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains(search));
    }

    private String boxName(Person person) {
        Integer performance = person.performance();
        Integer potential = person.potential();
        return performance == null || potential == null ? "" : messages.get("ninebox." + performance + "." + potential);
    }

    private void addSelected() {
        List<MemberDraft> drafts = candidates.getSelectedItems().stream()
                .filter(p -> !roles.containsKey(p.id()))
                .sorted(Comparator.comparing(Person::fullName))
                .map(p -> MemberDraft.hipo(p.id()))
                .toList();
        if (drafts.isEmpty()) {
            return;
        }
        try {
            context.roster().addMembers(drafts);
            Feedback.success(messages.get("hipos.added", drafts.size()));
            refreshAfterChange();
        } catch (InvalidInputException | ConcurrentEditException e) {
            Feedback.error(e.getMessage());
            refresh();
        }
    }

    private void refreshAfterChange() {
        context.changes().saved();
        refresh();
    }
}
