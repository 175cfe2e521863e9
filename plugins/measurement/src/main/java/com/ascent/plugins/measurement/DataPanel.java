package com.ascent.plugins.measurement;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.format.ValueFields;
import com.ascent.plugin.api.measurement.Metric;
import com.ascent.plugin.api.measurement.Observation;
import com.ascent.plugin.api.measurement.ObservationDraft;
import com.ascent.plugin.api.measurement.Phase;
import com.ascent.plugin.api.people.PeopleQuery;
import com.ascent.plugin.api.people.Person;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Baseline and follow-up values per HiPo (and comparison group), typed in or imported from CSV. */
class DataPanel extends VerticalLayout {

    /** The most people offered for the comparison group; the search narrows it down. */
    private static final int PEOPLE_SHOWN = 500;

    private final StepContext context;
    private final Translator messages;
    private final Runnable changed;
    private final Select<Metric> metric = new Select<>();
    private final Checkbox comparison = new Checkbox();
    private final ComboBox<Person> person = new ComboBox<>();
    private final Grid<Observation> grid = new Grid<>();
    private Map<UUID, String> metricNames = Map.of();

    DataPanel(StepContext context, Runnable changed) {
        this.context = context;
        this.messages = context.messages();
        this.changed = changed;
        setPadding(false);
        add(new Paragraph(messages.get("data.intro")));
        if (context.canEdit()) {
            add(entryForm(), importForm());
        }
        grid.setId("value-grid");
        grid.addColumn(o -> metricNames.getOrDefault(o.metricId(), "")).setHeader(messages.get("metric.name"))
                .setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(Observation::personName).setHeader(messages.get("data.person")).setAutoWidth(true);
        grid.addColumn(o -> messages.get(o.comparisonGroup() ? "data.groupComparison" : "data.groupParticipant"))
                .setHeader(messages.get("data.group")).setAutoWidth(true);
        grid.addColumn(o -> messages.get("phase." + o.phase().name())).setHeader(messages.get("data.phase")).setAutoWidth(true);
        grid.addColumn(o -> context.formats().date(o.observedOn())).setHeader(messages.get("data.date")).setAutoWidth(true);
        grid.addColumn(o -> context.formats().number(o.value())).setHeader(messages.get("data.value"));
        if (context.canEdit()) {
            grid.addComponentColumn(this::removeButton).setHeader(messages.get("column.actions")).setFlexGrow(0).setAutoWidth(true);
        }
        grid.setAllRowsVisible(true);
        add(new H3(messages.get("data.recorded")), grid);
        refresh();
    }

    private VerticalLayout entryForm() {
        metric.setLabel(messages.get("metric.name"));
        metric.setId("value-metric");
        metric.setWidth("16em");
        metric.setItemLabelGenerator(Metric::name);
        comparison.setLabel(messages.get("data.comparison"));
        comparison.setId("value-comparison");
        comparison.addValueChangeListener(e -> person.setItems(people(e.getValue())));
        person.setLabel(messages.get("data.person"));
        person.setId("value-person");
        person.setItemLabelGenerator(Person::fullName);
        Select<Phase> phase = new Select<>();
        phase.setLabel(messages.get("data.phase"));
        phase.setId("value-phase");
        phase.setItems(Phase.values());
        phase.setItemLabelGenerator(p -> messages.get("phase." + p.name()));
        phase.setValue(Phase.BASELINE);
        DatePicker date = ValueFields.date(context.formats(), messages.get("data.date"));
        date.setId("value-date");
        date.setValue(LocalDate.now(context.formats().zone()));
        TextField value = ValueFields.number(context.formats(), messages.get("data.value"));
        value.setId("value-value");
        Button record = new Button(messages.get("data.record"), e -> {
            Optional<BigDecimal> number = Inputs.number(value, messages);
            if (metric.isEmpty() || person.isEmpty() || date.isEmpty()) {
                Notification.show(messages.get("data.choose"));
                return;
            }
            if (number.isEmpty()) {
                return;
            }
            ObservationDraft draft = new ObservationDraft(metric.getValue().id(), person.getValue().id(), date.getValue(),
                    phase.getValue(), number.get(), comparison.getValue());
            if (Inputs.save(() -> context.measurement().recordObservation(draft),
                    Map.of("observedOn", date, "personId", person, "metricId", metric, "value", value))) {
                value.clear();
                saved();
            }
        });
        record.setId("record-value");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(metric, comparison, person, phase, date, value, record);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        VerticalLayout box = new VerticalLayout(new H3(messages.get("data.entryTitle")), row);
        box.setPadding(false);
        return box;
    }

    private VerticalLayout importForm() {
        TextArea csv = new TextArea(messages.get("data.csv"));
        csv.setId("csv-text");
        csv.setWidthFull();
        csv.setPlaceholder("employee_id,metric,phase,date,value,group");
        csv.setHelperText(messages.get("data.csvHelp"));
        Button importCsv = new Button(messages.get("data.import"), e -> {
            if (Inputs.save(() -> {
                int count = context.measurement().importObservations(csv.getValue()).size();
                Notification.show(messages.get("data.imported", count));
            }, Map.of("csv", csv))) {
                csv.clear();
                saved();
            }
        });
        importCsv.setId("import-csv");
        VerticalLayout box = new VerticalLayout(new H3(messages.get("data.importTitle")), csv, importCsv);
        box.setPadding(false);
        return box;
    }

    /** The program's HiPos, or for the comparison group the people not on the roster. */
    private List<Person> people(boolean comparisonGroup) {
        List<RosterMember> roster = context.roster().members();
        if (!comparisonGroup) {
            return roster.stream().filter(m -> m.role() == RosterRole.HIPO).map(RosterMember::person)
                    .filter(Objects::nonNull).toList();
        }
        Set<UUID> onRoster = roster.stream().map(RosterMember::personId).filter(Objects::nonNull).collect(Collectors.toSet());
        return context.people().find(PeopleQuery.all(), 0, PEOPLE_SHOWN).stream()
                .filter(p -> !onRoster.contains(p.id())).toList();
    }

    private Button removeButton(Observation observation) {
        Button remove = new Button(messages.get("action.remove"), e -> {
            if (Inputs.save(() -> context.measurement().removeObservation(observation.id(), observation.version()),
                    Map.of())) {
                saved();
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return remove;
    }

    private void saved() {
        context.changes().saved();
        refresh();
        changed.run();
    }

    void refresh() {
        List<Metric> metrics = context.measurement().metrics();
        metricNames = metrics.stream().collect(Collectors.toMap(Metric::id, Metric::name));
        Metric chosen = metric.getValue();
        metric.setItems(metrics);
        metrics.stream().filter(m -> chosen != null && m.id().equals(chosen.id())).findFirst()
                .or(() -> metrics.stream().findFirst()).ifPresent(metric::setValue);
        Person chosenPerson = person.getValue();
        List<Person> candidates = people(comparison.getValue());
        person.setItems(candidates);
        candidates.stream().filter(p -> chosenPerson != null && p.id().equals(chosenPerson.id())).findFirst()
                .ifPresent(person::setValue);
        grid.setItems(context.measurement().observations());
        grid.recalculateColumnWidths();
    }
}
