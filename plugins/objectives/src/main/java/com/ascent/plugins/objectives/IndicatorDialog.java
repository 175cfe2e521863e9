package com.ascent.plugins.objectives;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.TextLimits;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.format.ValueFields;
import com.ascent.plugin.api.objectives.IndicatorDraft;
import com.ascent.plugin.api.objectives.MeasurementSource;
import com.ascent.plugin.api.objectives.SuccessIndicator;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Adds or edits a success indicator of one objective. Baseline and target are numbers, whatever
 * the unit: the Measurement step compares recorded values with them.
 */
class IndicatorDialog extends EditDialog {

    private final UUID objectiveId;
    private final @Nullable SuccessIndicator indicator;
    private final TextField name = new TextField();
    private final TextField unit = new TextField();
    private final Select<MeasurementSource> source = new Select<>();
    private final TextField baseline;
    private final TextField target;
    private final TextField measuredWhen = new TextField();

    IndicatorDialog(StepContext context, UUID objectiveId, @Nullable SuccessIndicator indicator, Runnable onSaved) {
        super(context, context.messages().get(indicator == null ? "indicator.add" : "indicator.edit"), "indicator",
                onSaved);
        name.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        unit.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        measuredWhen.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        this.objectiveId = objectiveId;
        this.indicator = indicator;
        Translator messages = context.messages();
        baseline = ValueFields.number(context.formats(), messages.get("indicator.baselineLabel"));
        target = ValueFields.number(context.formats(), messages.get("indicator.targetLabel"));
        name.setLabel(messages.get("indicator.name"));
        name.setPlaceholder(messages.get("indicator.name.placeholder"));
        name.setId("indicator-name");
        name.setMaxLength(150);
        unit.setLabel(messages.get("indicator.unit"));
        unit.setPlaceholder(messages.get("indicator.unit.placeholder"));
        unit.setHelperText(messages.get("indicator.unit.helper"));
        unit.setId("indicator-unit");
        source.setLabel(messages.get("indicator.source"));
        source.setItems(MeasurementSource.values());
        source.setItemLabelGenerator(s -> messages.get("source." + s.name()));
        source.setValue(MeasurementSource.FEEDBACK_360);
        source.setId("indicator-source");
        baseline.setHelperText(messages.get("indicator.baseline.helper"));
        baseline.setId("indicator-baseline");
        target.setHelperText(messages.get("indicator.target.helper"));
        target.setId("indicator-target");
        measuredWhen.setLabel(messages.get("indicator.measuredWhen"));
        measuredWhen.setPlaceholder(messages.get("indicator.measuredWhen.placeholder"));
        measuredWhen.setId("indicator-measured-when");
        if (indicator != null) {
            name.setValue(indicator.name());
            unit.setValue(indicator.unit());
            source.setValue(indicator.source());
            ValueFields.show(baseline, indicator.baseline());
            ValueFields.show(target, indicator.target());
            measuredWhen.setValue(indicator.measuredWhen());
        }
        errors.bind("name", name).bind("unit", unit).bind("baseline", baseline).bind("target", target);
        trackChanges(name, unit, source, baseline, target, measuredWhen);
        FormLayout form = new FormLayout(name, unit, source, measuredWhen, baseline, target);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24rem", 2));
        form.setWidth("36rem");
        add(form);
    }

    @Override
    protected boolean inputComplete() {
        ValueFields.read(baseline);
        ValueFields.read(target);
        return !baseline.isInvalid() && !target.isInvalid();
    }

    @Override
    protected void store() {
        IndicatorDraft draft = new IndicatorDraft(name.getValue(), unit.getValue(), source.getValue(),
                ValueFields.read(baseline).orElse(null), ValueFields.read(target).orElse(null), measuredWhen.getValue());
        if (indicator == null) {
            context.objectives().addIndicator(objectiveId, draft);
        } else {
            context.objectives().updateIndicator(indicator.id(), indicator.version(), draft);
        }
    }
}
