package com.ascent.plugins.measurement;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.TextLimits;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.format.ValueFields;
import com.ascent.plugin.api.measurement.KirkpatrickLevel;
import com.ascent.plugin.api.measurement.Metric;
import com.ascent.plugin.api.measurement.MetricDraft;
import com.ascent.plugin.api.measurement.StandardMetric;
import com.ascent.plugin.api.objectives.MeasurementSource;
import com.ascent.plugin.api.objectives.SuccessIndicator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The measurement plan: metrics from the objectives' indicators and the standard set, with their dates. */
class PlanPanel extends VerticalLayout {

    private final StepContext context;
    private final Translator messages;
    private final Runnable changed;
    private final Grid<Metric> grid = new Grid<>();
    private final Paragraph empty;
    private final DatePicker proposedBaseline;
    private final DatePicker proposedFollowUp;

    PlanPanel(StepContext context, Runnable changed) {
        this.context = context;
        this.messages = context.messages();
        this.changed = changed;
        this.proposedBaseline = ValueFields.date(context.formats(), messages.get("plan.baselineDate"));
        this.proposedFollowUp = ValueFields.date(context.formats(), messages.get("plan.followUpDate"));
        setPadding(false);
        add(new Paragraph(messages.get("plan.intro")));
        if (context.canEdit()) {
            add(proposal(), customMetric());
        }
        empty = new Paragraph(messages.get("plan.empty"));
        empty.setId("plan-empty");
        grid.setId("metric-grid");
        grid.addColumn(Metric::name).setHeader(messages.get("metric.name")).setFlexGrow(2);
        grid.addColumn(m -> messages.get("level." + m.level().name())).setHeader(messages.get("metric.level"));
        grid.addColumn(m -> messages.get("source." + m.source().name())).setHeader(messages.get("metric.source"));
        grid.addColumn(Metric::unit).setHeader(messages.get("metric.unit"));
        grid.addColumn(m -> context.formats().date(m.baselineDate())).setHeader(messages.get("metric.baseline"));
        grid.addColumn(m -> m.followUpDates().stream().map(context.formats()::date).collect(Collectors.joining(", ")))
                .setHeader(messages.get("metric.followUps"));
        if (context.canEdit()) {
            grid.addComponentColumn(this::removeButton).setHeader(messages.get("column.actions")).setFlexGrow(0).setAutoWidth(true);
        }
        grid.setAllRowsVisible(true);
        add(empty, grid);
        refresh();
    }

    private VerticalLayout proposal() {
        proposedBaseline.setId("plan-baseline-date");
        proposedFollowUp.setId("plan-follow-up-date");
        proposedBaseline.setValue(context.program().startDate());
        // The follow-up closes the program: twelve months on at the latest on its last day.
        proposedFollowUp.setValue(context.program().within(context.program().startDate().plusMonths(12)));
        Button propose = new Button(messages.get("plan.propose"), e -> propose());
        propose.setId("propose-plan");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(proposedBaseline, proposedFollowUp, propose);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout box = new VerticalLayout(new H3(messages.get("plan.proposeTitle")),
                new Paragraph(messages.get("plan.proposeHelp")), row);
        box.setPadding(false);
        return box;
    }

    /** Adds every indicator and standard metric not yet in the plan, with the chosen dates. */
    private void propose() {
        List<Metric> plan = context.measurement().metrics();
        Set<Object> planned = plan.stream().map(m -> m.indicatorId() != null ? m.indicatorId() : key(m.name()))
                .collect(Collectors.toSet());
        LocalDate baseline = proposedBaseline.getValue();
        List<LocalDate> followUps = proposedFollowUp.getValue() == null ? List.of() : List.of(proposedFollowUp.getValue());
        List<MetricDraft> drafts = new ArrayList<>();
        for (SuccessIndicator indicator : context.objectives().list().stream().flatMap(o -> o.indicators().stream()).toList()) {
            if (!planned.contains(indicator.id()) && !planned.contains(key(indicator.name()))) {
                drafts.add(new MetricDraft(indicator.id(), indicator.name(), indicator.unit(), indicator.source(),
                        StandardMetric.levelOf(indicator.source()), baseline, followUps));
                planned.add(key(indicator.name()));
            }
        }
        for (StandardMetric standard : StandardMetric.values()) {
            String name = messages.get("standard." + standard.name());
            if (!planned.contains(key(name))) {
                drafts.add(new MetricDraft(null, name, standard.unit(), standard.source(), standard.level(), baseline,
                        followUps));
            }
        }
        if (drafts.isEmpty()) {
            Notification.show(messages.get("plan.nothingToAdd"));
            return;
        }
        if (Inputs.save(() -> context.measurement().addMetrics(drafts),
                Map.of("followUpDates", proposedFollowUp))) {
            saved();
        }
    }

    private VerticalLayout customMetric() {
        TextField name = new TextField(messages.get("metric.name"));
        name.setId("metric-name");
        name.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        TextField unit = new TextField(messages.get("metric.unit"));
        unit.setId("metric-unit");
        unit.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        Select<KirkpatrickLevel> level = new Select<>();
        level.setLabel(messages.get("metric.level"));
        level.setId("metric-level");
        level.setItems(KirkpatrickLevel.values());
        level.setItemLabelGenerator(l -> messages.get("level." + l.name()));
        level.setValue(KirkpatrickLevel.BEHAVIOUR);
        Select<MeasurementSource> source = new Select<>();
        source.setLabel(messages.get("metric.source"));
        source.setId("metric-source");
        source.setItems(MeasurementSource.values());
        source.setItemLabelGenerator(s -> messages.get("source." + s.name()));
        source.setValue(MeasurementSource.OTHER);
        DatePicker baseline = ValueFields.date(context.formats(), messages.get("metric.baseline"));
        baseline.setId("metric-baseline");
        DatePicker followUp = ValueFields.date(context.formats(), messages.get("metric.followUp"));
        followUp.setId("metric-follow-up");
        Button add = new Button(messages.get("metric.add"), e -> {
            MetricDraft draft = new MetricDraft(null, name.getValue(), unit.getValue(), source.getValue(),
                    level.getValue(), baseline.getValue(),
                    followUp.getValue() == null ? List.of() : List.of(followUp.getValue()));
            if (Inputs.save(() -> context.measurement().addMetrics(List.of(draft)),
                    Map.of("name", name, "unit", unit, "followUpDates", followUp))) {
                name.clear();
                unit.clear();
                saved();
            }
        });
        add.setId("add-metric");
        HorizontalLayout row = new HorizontalLayout(name, unit, level, source, baseline, followUp, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        VerticalLayout box = new VerticalLayout(new H3(messages.get("metric.customTitle")), row);
        box.setPadding(false);
        return box;
    }

    private Button removeButton(Metric metric) {
        Button remove = new Button(messages.get("action.remove"), e -> {
            if (Inputs.save(() -> context.measurement().removeMetric(metric.id(), metric.version()), Map.of())) {
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
        grid.setItems(metrics);
        grid.setVisible(!metrics.isEmpty());
        empty.setVisible(metrics.isEmpty());
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
