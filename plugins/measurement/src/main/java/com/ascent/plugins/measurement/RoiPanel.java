package com.ascent.plugins.measurement;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.TextLimits;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.format.ValueFields;
import com.ascent.plugin.api.measurement.Benefit;
import com.ascent.plugin.api.measurement.BenefitDraft;
import com.ascent.plugin.api.measurement.BenefitLine;
import com.ascent.plugin.api.measurement.CostCategory;
import com.ascent.plugin.api.measurement.CostDraft;
import com.ascent.plugin.api.measurement.CostItem;
import com.ascent.plugin.api.measurement.CostLine;
import com.ascent.plugin.api.measurement.MeasurementSettings;
import com.ascent.plugin.api.measurement.Metric;
import com.ascent.plugin.api.measurement.RoiResult;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Phillips ROI: settings, costs by category, benefits with isolation and confidence, and the result
 * with its formula and every input.
 */
class RoiPanel extends VerticalLayout {

    private final StepContext context;
    private final Translator messages;
    private final Runnable changed;
    private final Grid<CostItem> costs = new Grid<>();
    private final Grid<Benefit> benefits = new Grid<>();
    private final Select<Metric> benefitMetric = new Select<>();
    private final Div result = new Div();
    private final TextField hourlyRate;
    private final IntegerField anonymity = new IntegerField();
    private MeasurementSettings settings;

    RoiPanel(StepContext context, Runnable changed) {
        this.context = context;
        this.messages = context.messages();
        this.changed = changed;
        this.settings = context.measurement().settings();
        this.hourlyRate = ValueFields.money(context.formats(), messages.get("settings.hourlyRate"));
        setPadding(false);
        add(new Paragraph(messages.get("roi.intro")));
        result.setId("roi-result");
        result.setWidthFull();
        add(new H3(messages.get("roi.resultTitle")), result);
        add(new H3(messages.get("roi.settingsTitle")), settingsForm());
        add(new H3(messages.get("roi.costsTitle")));
        if (context.canEdit()) {
            add(costForm());
        }
        costs.setId("cost-grid");
        costs.addColumn(c -> messages.get("cost." + c.category().name())).setHeader(messages.get("cost.category"));
        costs.addColumn(CostItem::description).setHeader(messages.get("cost.description")).setFlexGrow(2);
        costs.addColumn(c -> c.hours() != null ? messages.get("cost.hoursValue", context.formats().number(c.hours()))
                : money(c.amount())).setHeader(messages.get("cost.quantity"));
        if (context.canEdit()) {
            costs.addComponentColumn(c -> removeButton(() -> context.measurement().removeCost(c.id(), c.version())))
                    .setHeader(messages.get("column.actions")).setFlexGrow(0).setAutoWidth(true);
        }
        costs.setAllRowsVisible(true);
        add(costs, new H3(messages.get("roi.benefitsTitle")));
        if (context.canEdit()) {
            add(benefitForm());
        }
        benefits.setId("benefit-grid");
        benefits.addColumn(Benefit::description).setHeader(messages.get("benefit.description")).setFlexGrow(2);
        benefits.addColumn(b -> money(b.value())).setHeader(messages.get("benefit.value"));
        benefits.addColumn(b -> context.formats().number(b.isolationPercent()) + " %").setHeader(messages.get("benefit.isolation"));
        benefits.addColumn(b -> context.formats().number(b.confidencePercent()) + " %").setHeader(messages.get("benefit.confidence"));
        if (context.canEdit()) {
            benefits.addComponentColumn(b -> removeButton(() -> context.measurement().removeBenefit(b.id(), b.version())))
                    .setHeader(messages.get("column.actions")).setFlexGrow(0).setAutoWidth(true);
        }
        benefits.setAllRowsVisible(true);
        add(benefits);
        refresh();
    }

    private HorizontalLayout settingsForm() {
        hourlyRate.setId("roi-hourly-rate");
        hourlyRate.setWidth("16em");
        anonymity.setLabel(messages.get("settings.anonymity"));
        anonymity.setId("roi-anonymity");
        anonymity.setHelperText(messages.get("settings.anonymityHelp"));
        Button save = new Button(messages.get("settings.save"), e -> {
            Optional<BigDecimal> rate = Inputs.number(hourlyRate, messages);
            if (rate.isEmpty()) {
                return;
            }
            MeasurementSettings draft = new MeasurementSettings(settings.version(), settings.currency(), rate.get(),
                    anonymity.getValue() == null ? 0 : anonymity.getValue());
            if (Inputs.save(() -> settings = context.measurement().saveSettings(draft),
                    Map.of("hourlyRate", hourlyRate, "anonymityThreshold", anonymity))) {
                saved();
            }
        });
        save.setId("save-settings");
        HorizontalLayout row = new HorizontalLayout(hourlyRate, anonymity, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.setEnabled(context.canEdit());
        return row;
    }

    private HorizontalLayout costForm() {
        Select<CostCategory> category = new Select<>();
        category.setLabel(messages.get("cost.category"));
        category.setId("cost-category");
        category.setItems(Arrays.stream(CostCategory.values()).filter(c -> c != CostCategory.RESOURCES).toList());
        category.setItemLabelGenerator(c -> messages.get("cost." + c.name()));
        category.setValue(CostCategory.COACH_FEES);
        TextField description = new TextField(messages.get("cost.description"));
        description.setId("cost-description");
        description.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        // An amount of money, or for people's time the hours, which the hourly rate turns into money.
        TextField amount = ValueFields.money(context.formats(), messages.get("cost.amount"));
        amount.setId("cost-amount");
        TextField hours = ValueFields.number(context.formats(), messages.get("cost.hours"));
        hours.setId("cost-hours");
        hours.setVisible(false);
        category.addValueChangeListener(e -> {
            boolean time = e.getValue() != null && e.getValue().timeBased();
            amount.setVisible(!time);
            hours.setVisible(time);
        });
        Button add = new Button(messages.get("cost.add"), e -> {
            boolean time = category.getValue() != null && category.getValue().timeBased();
            TextField quantity = time ? hours : amount;
            Optional<BigDecimal> number = Inputs.number(quantity, messages);
            if (number.isEmpty() || category.isEmpty()) {
                return;
            }
            CostDraft draft = new CostDraft(category.getValue(), description.getValue(), time ? number.get() : null,
                    time ? null : number.get());
            if (Inputs.save(() -> context.measurement().addCost(draft),
                    Map.of("hours", hours, "amount", amount, "category", category))) {
                description.clear();
                quantity.clear();
                saved();
            }
        });
        add.setId("add-cost");
        HorizontalLayout row = new HorizontalLayout(category, description, amount, hours, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private HorizontalLayout benefitForm() {
        benefitMetric.setLabel(messages.get("benefit.metric"));
        benefitMetric.setId("benefit-metric");
        benefitMetric.setItemLabelGenerator(m -> m == null ? messages.get("benefit.noMetric") : m.name());
        benefitMetric.setEmptySelectionAllowed(true);
        benefitMetric.setEmptySelectionCaption(messages.get("benefit.noMetric"));
        TextField description = new TextField(messages.get("benefit.description"));
        description.setId("benefit-description");
        description.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        TextField value = ValueFields.money(context.formats(), messages.get("benefit.value"));
        value.setId("benefit-value");
        TextField isolation = ValueFields.number(context.formats(), messages.get("benefit.isolation"));
        isolation.setId("benefit-isolation");
        isolation.setWidth("16em");
        isolation.setHelperText(messages.get("benefit.isolationHelp"));
        TextField confidence = ValueFields.number(context.formats(), messages.get("benefit.confidence"));
        confidence.setId("benefit-confidence");
        confidence.setHelperText(messages.get("benefit.confidenceHelp"));
        Button add = new Button(messages.get("benefit.add"), e -> {
            Optional<BigDecimal> amount = Inputs.number(value, messages);
            Optional<BigDecimal> isolated = Inputs.number(isolation, messages);
            Optional<BigDecimal> sure = Inputs.number(confidence, messages);
            if (amount.isEmpty() || isolated.isEmpty() || sure.isEmpty()) {
                return;
            }
            Metric metric = benefitMetric.getValue();
            BenefitDraft draft = new BenefitDraft(metric == null ? null : metric.id(), description.getValue(), amount.get(),
                    isolated.get(), sure.get());
            if (Inputs.save(() -> context.measurement().addBenefit(draft),
                    Map.of("description", description, "value", value, "isolationPercent", isolation,
                            "confidencePercent", confidence))) {
                List.of(description, value, isolation, confidence).forEach(TextField::clear);
                saved();
            }
        });
        add.setId("add-benefit");
        HorizontalLayout row = new HorizontalLayout(benefitMetric, description, value, isolation, confidence, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private Button removeButton(Runnable remove) {
        Button button = new Button(messages.get("action.remove"), e -> {
            if (Inputs.save(remove, Map.of())) {
                saved();
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return button;
    }

    private void saved() {
        context.changes().saved();
        refresh();
        changed.run();
    }

    void refresh() {
        settings = context.measurement().settings();
        ValueFields.show(hourlyRate, settings.hourlyRate());
        anonymity.setValue(settings.anonymityThreshold());
        costs.setItems(context.measurement().costs());
        benefits.setItems(context.measurement().benefits());
        benefitMetric.setItems(context.measurement().metrics());
        showResult(context.measurement().roi());
    }

    private void showResult(RoiResult roi) {
        result.removeAll();
        result.add(line("roi-total-costs", messages.get("roi.totalCosts", money(roi.totalCosts()))));
        result.add(line("roi-total-benefits", messages.get("roi.totalBenefits", money(roi.totalBenefits()))));
        if (roi.roiPercent() == null || roi.benefitCostRatio() == null) {
            result.add(line("roi-percent", messages.get("roi.noCosts")));
            return;
        }
        result.add(line("roi-formula", messages.get("roi.formula", money(roi.totalBenefits()),
                money(roi.totalCosts()), context.formats().number(roi.roiPercent()))));
        Span percent = new Span(messages.get("roi.percent", context.formats().number(roi.roiPercent())));
        percent.setId("roi-percent");
        percent.getElement().getThemeList().add(roi.roiPercent().signum() >= 0 ? "badge success" : "badge error");
        Span ratio = new Span(messages.get("roi.bcr", context.formats().number(roi.benefitCostRatio())));
        ratio.setId("roi-bcr");
        ratio.getElement().getThemeList().add("badge");
        result.add(new HorizontalLayout(percent, ratio));
        result.add(new H3(messages.get("roi.inputs")));
        for (CostLine cost : roi.costs()) {
            String how = cost.hours() == null ? money(cost.amount())
                    : messages.get("roi.timeCost", context.formats().number(cost.hours()),
                    money(roi.hourlyRate()), money(cost.amount()));
            result.add(new Paragraph(messages.get("cost." + cost.category().name()) + (cost.description().isBlank() ? ""
                    : " (" + cost.description() + ")") + ": " + how));
        }
        for (BenefitLine line : roi.benefits()) {
            result.add(new Paragraph(messages.get("roi.benefitLine", line.benefit().description(),
                    money(line.benefit().value()), context.formats().number(line.benefit().isolationPercent()),
                    context.formats().number(line.benefit().confidencePercent()), money(line.adjustedValue()))));
        }
    }

    private String money(BigDecimal amount) {
        return context.formats().money(amount);
    }

    private static Paragraph line(String id, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        return paragraph;
    }
}
