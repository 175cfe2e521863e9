package com.ascent.plugins.selection;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.roster.CriteriaDraft;
import com.ascent.plugin.api.roster.CriteriaWeights;
import com.ascent.plugin.api.roster.FunctionRule;
import com.ascent.plugin.api.roster.MatchingCriteria;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugins.selection.matching.Criterion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The program's selection criteria for mentors and for coaches: weights, the function rule and the level gap. */
final class CriteriaPanel extends VerticalLayout implements Panel {

    private final StepContext context;
    private final Translator messages;
    private final Feedback feedback = new Feedback();
    private final RadioButtonGroup<PairKind> kind = new RadioButtonGroup<>();
    private final Map<Criterion, IntegerField> weights = new EnumMap<>(Criterion.class);
    private final RadioButtonGroup<FunctionRule> functionRule = new RadioButtonGroup<>();
    private final IntegerField levelGap = new IntegerField();
    private final Span weightsError = new Span();
    private final Paragraph defaults = new Paragraph();
    private final Button save = new Button();
    private final CapabilityNotice capabilityNotice;
    private MatchingCriteria current;

    CriteriaPanel(StepContext context) {
        this.context = context;
        this.messages = context.messages();
        setPadding(false);
        kind.setId("criteria-kind");
        kind.setLabel(messages.get("criteria.kind"));
        kind.setItems(PairKind.values());
        kind.setItemLabelGenerator(k -> messages.get("kind." + k.name()));
        kind.setValue(PairKind.MENTORING);
        kind.addValueChangeListener(e -> refresh());
        current = context.roster().criteria(PairKind.MENTORING);
        capabilityNotice = new CapabilityNotice(context, "criteria", this::refresh);

        FormLayout weightForm = new FormLayout();
        weightForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2),
                new FormLayout.ResponsiveStep("48em", 3));
        for (Criterion criterion : Criterion.values()) {
            IntegerField field = new IntegerField(messages.get("criteria.weight." + criterion.key()));
            field.setId("weight-" + criterion.key());
            field.setHelperText(messages.get("criteria.weight." + criterion.key() + ".helper"));
            field.setStepButtonsVisible(true);
            field.setMin(0);
            field.setMax(CriteriaWeights.MAX);
            field.setReadOnly(!context.canEdit());
            weights.put(criterion, field);
            weightForm.add(field);
        }
        weightsError.setId("criteria-weights-error");
        weightsError.getStyle().set("color", "var(--lumo-error-text-color)");
        weightsError.setVisible(false);

        functionRule.setId("function-rule");
        functionRule.setLabel(messages.get("criteria.functionRule"));
        functionRule.setItems(FunctionRule.values());
        functionRule.setItemLabelGenerator(r -> messages.get("criteria.rule." + r.name()));
        functionRule.setReadOnly(!context.canEdit());
        levelGap.setId("minimum-level-gap");
        levelGap.setLabel(messages.get("criteria.levelGap"));
        levelGap.setStepButtonsVisible(true);
        levelGap.setMin(0);
        levelGap.setReadOnly(!context.canEdit());
        feedback.field("minimumLevelGap", levelGap);
        weights.values().forEach(field -> field.addValueChangeListener(e -> edited(e.isFromClient())));
        functionRule.addValueChangeListener(e -> edited(e.isFromClient()));
        levelGap.addValueChangeListener(e -> edited(e.isFromClient()));

        save.setText(messages.get("common.save"));
        save.setId("save-criteria");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(context.canEdit());
        save.addClickListener(e -> save());
        defaults.setId("criteria-defaults");
        defaults.addClassName("ascent-muted");
        Paragraph hardRules = new Paragraph(messages.get("criteria.hardRules"));
        hardRules.addClassName("ascent-muted");
        add(new Paragraph(messages.get("criteria.intro")), kind, new H3(messages.get("criteria.weights")), weightForm,
                weightsError, capabilityNotice, functionRule, levelGap, hardRules, defaults, save);
    }

    @Override
    public void refresh() {
        current = context.roster().criteria(Objects.requireNonNull(kind.getValue()));
        show(current);
    }

    private void show(MatchingCriteria criteria) {
        feedback.clear();
        weightsError.setVisible(false);
        weights.forEach((criterion, field) -> {
            field.setValue(criterion.weightIn(criteria.weights()));
            field.setInvalid(false);
        });
        functionRule.setValue(criteria.functionRule());
        levelGap.setValue(criteria.minimumLevelGap());
        defaults.setText(messages.get("criteria.defaults"));
        defaults.setVisible(criteria.version() == 0);
        capabilityNotice.show(criteria.kind(), context.roster().members(), criteria);
    }

    private void edited(boolean byUser) {
        if (byUser) {
            context.changes().unsaved();
        }
    }

    private int weight(Criterion criterion) {
        return Objects.requireNonNullElse(weights.get(criterion).getValue(), 0);
    }

    private void save() {
        PairKind chosen = Objects.requireNonNull(kind.getValue());
        CriteriaDraft draft = new CriteriaDraft(new CriteriaWeights(weight(Criterion.CAPABILITIES),
                weight(Criterion.SENIORITY), weight(Criterion.FUNCTION), weight(Criterion.LOCATION),
                weight(Criterion.LANGUAGE), weight(Criterion.AVAILABILITY)),
                Objects.requireNonNullElse(functionRule.getValue(), FunctionRule.PREFER_DIFFERENT),
                Objects.requireNonNullElse(levelGap.getValue(), 0));
        feedback.clear();
        weightsError.setVisible(false);
        weights.values().forEach(field -> field.setInvalid(false));
        try {
            current = context.roster().saveCriteria(chosen, current.version(), draft);
            show(current);
            context.changes().saved();
            Feedback.success(messages.get("criteria.saved", chosen.name()));
        } catch (InvalidInputException e) {
            if (e.field().equals("weights")) {
                weightsError.setText(e.getMessage());
                weightsError.setVisible(true);
                weights.values().forEach(field -> field.setInvalid(true));
            } else {
                feedback.show(e);
            }
        } catch (ConcurrentEditException e) {
            Feedback.error(e.getMessage());
            refresh();
        }
    }
}
