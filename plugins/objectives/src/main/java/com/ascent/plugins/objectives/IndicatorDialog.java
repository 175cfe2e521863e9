package com.ascent.plugins.objectives;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.objectives.IndicatorDraft;
import com.ascent.plugin.api.objectives.MeasurementSource;
import com.ascent.plugin.api.objectives.SuccessIndicator;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Adds or edits a success indicator of one objective. */
class IndicatorDialog extends Dialog {

    private final StepContext context;
    private final UUID objectiveId;
    private final @Nullable SuccessIndicator indicator;
    private final Runnable onSaved;
    private final TextField name = new TextField();
    private final TextField unit = new TextField();
    private final Select<MeasurementSource> source = new Select<>();
    private final BigDecimalField baseline = new BigDecimalField();
    private final BigDecimalField target = new BigDecimalField();
    private final TextField measuredWhen = new TextField();

    IndicatorDialog(StepContext context, UUID objectiveId, @Nullable SuccessIndicator indicator, Runnable onSaved) {
        this.context = context;
        this.objectiveId = objectiveId;
        this.indicator = indicator;
        this.onSaved = onSaved;
        Translator messages = context.messages();
        setHeaderTitle(messages.get(indicator == null ? "indicator.add" : "indicator.edit"));
        name.setLabel(messages.get("indicator.name"));
        name.setPlaceholder(messages.get("indicator.name.placeholder"));
        name.setId("indicator-name");
        unit.setLabel(messages.get("indicator.unit"));
        unit.setPlaceholder(messages.get("indicator.unit.placeholder"));
        unit.setId("indicator-unit");
        source.setLabel(messages.get("indicator.source"));
        source.setItems(MeasurementSource.values());
        source.setItemLabelGenerator(s -> messages.get("source." + s.name()));
        source.setValue(MeasurementSource.FEEDBACK_360);
        baseline.setLabel(messages.get("indicator.baselineLabel"));
        target.setLabel(messages.get("indicator.targetLabel"));
        target.setId("indicator-target");
        measuredWhen.setLabel(messages.get("indicator.measuredWhen"));
        measuredWhen.setPlaceholder(messages.get("indicator.measuredWhen.placeholder"));
        if (indicator != null) {
            name.setValue(indicator.name());
            unit.setValue(indicator.unit());
            source.setValue(indicator.source());
            baseline.setValue(indicator.baseline());
            target.setValue(indicator.target());
            measuredWhen.setValue(indicator.measuredWhen());
        }
        name.addValueChangeListener(e -> context.changes().unsaved());
        FormLayout form = new FormLayout(name, unit, source, baseline, target, measuredWhen);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24rem", 2));
        form.setWidth("34rem");
        add(form);
        Button save = new Button(messages.get("common.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-indicator");
        Button cancel = new Button(messages.get("common.cancel"), e -> {
            close();
            context.changes().saved();
        });
        getFooter().add(cancel, save);
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of("name", name, "unit", unit, "target", target, "baseline", baseline);
        fields.values().forEach(f -> f.setInvalid(false));
        IndicatorDraft draft = new IndicatorDraft(name.getValue(), unit.getValue(), source.getValue(),
                baseline.getValue(), target.getValue(), measuredWhen.getValue());
        try {
            if (indicator == null) {
                context.objectives().addIndicator(objectiveId, draft);
            } else {
                context.objectives().updateIndicator(indicator.id(), indicator.version(), draft);
            }
            close();
            context.changes().saved();
            onSaved.run();
        } catch (InvalidInputException e) {
            HasValidation field = fields.getOrDefault(e.field(), name);
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        } catch (ConcurrentEditException e) {
            ObjectivesView.showError(e.getMessage());
        }
    }
}
