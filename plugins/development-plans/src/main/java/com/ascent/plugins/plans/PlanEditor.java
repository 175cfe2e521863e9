package com.ascent.plugins.plans;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.TextLimits;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.format.ValueFields;
import com.ascent.plugin.api.objectives.Capability;
import com.ascent.plugin.api.objectives.Objective;
import com.ascent.plugin.api.plans.Activity;
import com.ascent.plugin.api.plans.ActivityDraft;
import com.ascent.plugin.api.plans.ActivityKind;
import com.ascent.plugin.api.plans.ActivityStatus;
import com.ascent.plugin.api.plans.ActivityTemplate;
import com.ascent.plugin.api.plans.DevelopmentPlan;
import com.ascent.plugin.api.plans.Gap;
import com.ascent.plugin.api.plans.GapDraft;
import com.ascent.plugin.api.plans.Goal;
import com.ascent.plugin.api.plans.GoalDraft;
import com.ascent.plugin.api.plans.PlanException;
import com.ascent.plugin.api.plans.ProgramPeriod;
import com.ascent.plugin.api.plans.ProgressEntry;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.RosterMember;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One HiPo's development plan: strengths, gaps with suggested activities, SMART goals linked to
 * objectives, 70-20-10 activities, progress, the manager's sign-off, an exception and the PDF.
 */
class PlanEditor extends VerticalLayout {

    private final StepContext context;
    private final Translator messages;
    private final RosterMember hipo;
    private final Runnable back;
    private final List<Objective> objectives;
    private final ProgramPeriod period;
    private DevelopmentPlan plan;

    private final TextArea strengths = new TextArea();
    private final ComboBox<Capability> gapCapability = new ComboBox<>();
    private final IntegerField gapCurrent = new IntegerField();
    private final IntegerField gapTarget = new IntegerField();
    private final TextField gapEvidence = new TextField();
    private final TextField goalOutcome = new TextField();
    private final TextField goalMeasure = new TextField();
    private final TextField goalTarget = new TextField();
    private final DatePicker goalDue = new DatePicker();
    private final MultiSelectComboBox<Objective> goalObjectives = new MultiSelectComboBox<>();
    private final Select<ActivityKind> activityKind = new Select<>();
    private final TextField activityTitle = new TextField();
    private final DatePicker activityStarts = new DatePicker();
    private final DatePicker activityEnds = new DatePicker();
    private final TextField activityOwner = new TextField();
    private final Select<ActivityStatus> activityStatus = new Select<>();
    private final ComboBox<Goal> activityGoal = new ComboBox<>();
    private final Select<Gap> suggestionGap = new Select<>();
    private final VerticalLayout suggestions = new VerticalLayout();
    private final ComboBox<Goal> progressGoal = new ComboBox<>();
    private final IntegerField progressValue = new IntegerField();
    private final TextField progressNote = new TextField();
    private final TextField exceptionReason = new TextField();

    private final FieldErrors gapErrors = new FieldErrors();
    private final FieldErrors goalErrors = new FieldErrors();
    private final FieldErrors activityErrors = new FieldErrors();
    private final FieldErrors otherErrors = new FieldErrors();

    private final Grid<Gap> gaps = new Grid<>();
    private final Grid<Goal> goals = new Grid<>();
    private final Grid<Activity> activities = new Grid<>();
    private final Grid<ProgressEntry> history = new Grid<>();
    private final Span signOffState = new Span();
    private final Button signOff = new Button();
    private final Button removeException = new Button();
    private @Nullable Activity editing;

    PlanEditor(StepContext context, RosterMember hipo, DevelopmentPlan plan, Runnable back) {
        strengths.setMaxLength(TextLimits.TEXT_MAX_LENGTH);
        gapEvidence.setMaxLength(TextLimits.TEXT_MAX_LENGTH);
        goalOutcome.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        goalMeasure.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        goalTarget.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        activityTitle.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        activityOwner.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        progressNote.setMaxLength(TextLimits.TEXT_MAX_LENGTH);
        exceptionReason.setMaxLength(TextLimits.TEXT_MAX_LENGTH);
        this.context = context;
        this.messages = context.messages();
        this.hipo = hipo;
        this.plan = plan;
        this.back = back;
        this.objectives = context.objectives().list();
        this.period = context.plans().period();
        List.of(goalDue, activityStarts, activityEnds).forEach(picker -> ValueFields.follow(picker, context.formats()));
        setId("plan-editor");
        setPadding(false);
        Button backButton = new Button(messages.get("editor.back"), e -> back.run());
        backButton.setId("back-to-list");
        backButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        H3 title = new H3(messages.get("editor.title", hipo.displayName()));
        title.setId("plan-title");
        add(backButton, title, guides(), strengthsSection(), gapsSection(), goalsSection(), activitiesSection(),
                progressSection(), signOffSection(), exceptionSection());
        refresh();
        setEditable(context.canEdit());
    }

    // --- Sections --------------------------------------------------------------------------------

    private Component guides() {
        Map<UUID, RosterMember> members = context.roster().members().stream()
                .collect(Collectors.toMap(RosterMember::id, Function.identity()));
        List<String> names = new ArrayList<>();
        for (Pair pair : context.roster().confirmedPairs()) {
            RosterMember guide = members.get(pair.guideMemberId());
            if (pair.hipoMemberId().equals(hipo.id()) && guide != null) {
                names.add(messages.get("editor.guide." + pair.kind().name(), guide.displayName()));
            }
        }
        Paragraph text = new Paragraph(names.isEmpty() ? messages.get("editor.noGuides") : String.join(" · ", names));
        text.setId("plan-guides");
        return text;
    }

    private Component strengthsSection() {
        strengths.setLabel(messages.get("strengths.label"));
        strengths.setPlaceholder(messages.get("strengths.placeholder"));
        strengths.setWidthFull();
        strengths.setId("plan-strengths");
        strengths.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                context.changes().unsaved();
            }
        });
        otherErrors.bind("strengths", strengths);
        Button save = new Button(messages.get("strengths.save"), e -> write(() -> {
            plan = context.plans().updateStrengths(plan.id(), plan.version(), strengths.getValue());
        }, otherErrors));
        save.setId("save-strengths");
        return section("strengths.title", strengths, save);
    }

    private Component gapsSection() {
        gaps.setId("plan-gaps");
        gaps.addColumn(Gap::capabilityName).setHeader(messages.get("gap.capability")).setFlexGrow(2);
        gaps.addColumn(g -> messages.get("gap.levels", g.currentLevel(), g.targetLevel()))
                .setHeader(messages.get("gap.levelsHeader")).setAutoWidth(true).setFlexGrow(0);
        gaps.addColumn(Gap::evidence).setHeader(messages.get("gap.evidence")).setFlexGrow(3);
        gaps.addComponentColumn(g -> removeButton("remove-gap", g.capabilityName(),
                () -> context.plans().removeGap(g.id(), g.version()))).setHeader(messages.get("column.actions")).setAutoWidth(true).setFlexGrow(0);
        readable(gaps);
        gapCapability.setLabel(messages.get("gap.capability"));
        gapCapability.setItems(context.strategy().capabilities());
        gapCapability.setItemLabelGenerator(Capability::name);
        gapCapability.setId("gap-capability");
        gapCurrent.setLabel(messages.get("gap.current"));
        gapCurrent.setMin(1);
        gapCurrent.setMax(5);
        gapCurrent.setStepButtonsVisible(true);
        gapCurrent.setId("gap-current");
        gapTarget.setLabel(messages.get("gap.target"));
        gapTarget.setMin(1);
        gapTarget.setMax(5);
        gapTarget.setStepButtonsVisible(true);
        gapTarget.setId("gap-target");
        gapEvidence.setLabel(messages.get("gap.evidence"));
        gapEvidence.setPlaceholder(messages.get("gap.evidence.placeholder"));
        gapEvidence.setId("gap-evidence");
        gapErrors.bind("capabilityId", gapCapability).bind("currentLevel", gapCurrent).bind("targetLevel", gapTarget)
                .bind("evidence", gapEvidence);
        Button add = new Button(messages.get("gap.add"), e -> addGap());
        add.setId("add-gap");
        HorizontalLayout form = row(gapCapability, gapCurrent, gapTarget, gapEvidence, add);
        Paragraph scale = new Paragraph(messages.get("gap.scale"));
        return section("gaps.title", gaps, scale, form);
    }

    private Component goalsSection() {
        goals.setId("plan-goals");
        goals.addColumn(Goal::outcome).setHeader(messages.get("goal.outcome")).setFlexGrow(3);
        goals.addColumn(g -> g.measure() + ": " + g.target()).setHeader(messages.get("goal.measureTarget"))
                .setFlexGrow(3);
        goals.addColumn(g -> date(g.dueDate())).setHeader(messages.get("goal.due")).setAutoWidth(true).setFlexGrow(0);
        goals.addColumn(g -> objectiveTitles(g.objectiveIds())).setHeader(messages.get("goal.objectives"))
                .setFlexGrow(2);
        goals.addColumn(g -> g.progress() + "%").setHeader(messages.get("goal.progress")).setAutoWidth(true)
                .setFlexGrow(0);
        goals.addComponentColumn(g -> removeButton("remove-goal", g.outcome(),
                () -> context.plans().removeGoal(g.id(), g.version()))).setHeader(messages.get("column.actions")).setAutoWidth(true).setFlexGrow(0);
        readable(goals);
        goalOutcome.setLabel(messages.get("goal.outcome"));
        goalOutcome.setPlaceholder(messages.get("goal.outcome.placeholder"));
        goalOutcome.setId("goal-outcome");
        goalOutcome.setWidth("24rem");
        goalMeasure.setLabel(messages.get("goal.measure"));
        goalMeasure.setPlaceholder(messages.get("goal.measure.placeholder"));
        goalMeasure.setId("goal-measure");
        goalTarget.setLabel(messages.get("goal.target"));
        goalTarget.setPlaceholder(messages.get("goal.target.placeholder"));
        goalTarget.setId("goal-target");
        goalDue.setLabel(messages.get("goal.due"));
        goalDue.setMin(period.starts());
        goalDue.setMax(period.ends());
        goalDue.setId("goal-due");
        goalObjectives.setLabel(messages.get("goal.objectives"));
        goalObjectives.setItems(objectives);
        goalObjectives.setItemLabelGenerator(Objective::title);
        goalObjectives.setId("goal-objectives");
        goalErrors.bind("outcome", goalOutcome).bind("measure", goalMeasure).bind("target", goalTarget)
                .bind("dueDate", goalDue).bind("objectiveIds", goalObjectives);
        Button add = new Button(messages.get("goal.add"), e -> addGoal());
        add.setId("add-goal");
        Paragraph periodText = new Paragraph(messages.get(period.assumed() ? "goal.period.assumed" : "goal.period",
                date(period.starts()), date(period.ends())));
        periodText.setId("plan-period");
        return section("goals.title", goals, new Paragraph(messages.get("goal.smart")), periodText,
                row(goalOutcome, goalMeasure, goalTarget, goalDue, goalObjectives, add));
    }

    private Component activitiesSection() {
        activities.setId("plan-activities");
        activities.addColumn(Activity::title).setHeader(messages.get("activity.title")).setFlexGrow(3);
        activities.addColumn(a -> messages.get("kind." + a.kind().name()) + " · " + messages.get("mode." + a.kind().mode().name()))
                .setHeader(messages.get("activity.kind")).setFlexGrow(2);
        activities.addColumn(a -> period(a)).setHeader(messages.get("activity.when")).setFlexGrow(2);
        activities.addColumn(Activity::owner).setHeader(messages.get("activity.owner")).setFlexGrow(1);
        activities.addColumn(a -> messages.get("status." + a.status().name())).setHeader(messages.get("activity.status"))
                .setAutoWidth(true).setFlexGrow(0);
        activities.addComponentColumn(a -> {
            Button edit = new Button(messages.get("activity.edit"), e -> editActivity(a));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setEnabled(context.canEdit());
            return new HorizontalLayout(edit, removeButton("remove-activity", a.title(),
                    () -> context.plans().removeActivity(a.id(), a.version())));
        }).setHeader(messages.get("column.actions")).setAutoWidth(true).setFlexGrow(0);
        readable(activities);

        suggestionGap.setLabel(messages.get("suggestions.gap"));
        suggestionGap.setItemLabelGenerator(Gap::capabilityName);
        suggestionGap.setEmptySelectionAllowed(false);
        suggestionGap.setId("suggestion-gap");
        suggestionGap.addValueChangeListener(e -> showSuggestions(e.getValue()));
        suggestions.setPadding(false);
        suggestions.setSpacing(false);
        suggestions.setId("plan-suggestions");

        activityKind.setLabel(messages.get("activity.kind"));
        activityKind.setItems(ActivityKind.values());
        activityKind.setItemLabelGenerator(k -> messages.get("kind." + k.name()) + " · " + messages.get("mode." + k.mode().name()));
        activityKind.setValue(ActivityKind.STRETCH_ASSIGNMENT);
        activityKind.setId("activity-kind");
        activityTitle.setLabel(messages.get("activity.title"));
        activityTitle.setId("activity-title");
        activityTitle.setWidth("20rem");
        activityStarts.setLabel(messages.get("activity.starts"));
        activityStarts.setId("activity-starts");
        activityEnds.setLabel(messages.get("activity.ends"));
        activityEnds.setId("activity-ends");
        activityStarts.setMax(period.ends());
        activityEnds.setMax(period.ends());
        activityOwner.setLabel(messages.get("activity.owner"));
        activityOwner.setValue(hipo.displayName());
        activityOwner.setId("activity-owner");
        activityStatus.setLabel(messages.get("activity.status"));
        activityStatus.setItems(ActivityStatus.values());
        activityStatus.setItemLabelGenerator(s -> messages.get("status." + s.name()));
        activityStatus.setValue(ActivityStatus.PLANNED);
        activityStatus.setId("activity-status");
        activityGoal.setLabel(messages.get("activity.goal"));
        activityGoal.setItemLabelGenerator(Goal::outcome);
        activityGoal.setClearButtonVisible(true);
        activityGoal.setId("activity-goal");
        activityErrors.bind("title", activityTitle).bind("startsOn", activityStarts).bind("endsOn", activityEnds)
                .bind("owner", activityOwner).bind("goalId", activityGoal);
        Button save = new Button(messages.get("activity.add"), e -> saveActivity());
        save.setId("add-activity");
        return section("activities.title", activities, new Paragraph(messages.get("activities.mix")),
                suggestionGap, suggestions,
                row(activityKind, activityTitle, activityStarts, activityEnds, activityOwner, activityStatus,
                        activityGoal, save));
    }

    private Component progressSection() {
        progressGoal.setLabel(messages.get("progress.goal"));
        progressGoal.setItemLabelGenerator(Goal::outcome);
        progressGoal.setId("progress-goal");
        progressValue.setLabel(messages.get("progress.value"));
        progressValue.setMin(0);
        progressValue.setMax(100);
        progressValue.setSuffixComponent(new Span("%"));
        progressValue.setId("progress-value");
        progressNote.setLabel(messages.get("progress.note"));
        progressNote.setId("progress-note");
        otherErrors.bind("progress", progressValue).bind("note", progressNote);
        Button record = new Button(messages.get("progress.record"), e -> recordProgress());
        record.setId("record-progress");
        history.setId("plan-history");
        history.addColumn(h -> date(h.recordedAt().atZone(context.formats().zone()).toLocalDate()))
                .setHeader(messages.get("history.when"));
        history.addColumn(ProgressEntry::subject).setHeader(messages.get("history.subject")).setAutoWidth(true);
        history.addColumn(h -> h.progress() != null ? h.progress() + "%"
                : messages.get("status." + Objects.requireNonNull(h.status()).name())).setHeader(messages.get("history.change"));
        history.addColumn(ProgressEntry::note).setHeader(messages.get("history.note"));
        history.addColumn(ProgressEntry::recordedBy).setHeader(messages.get("history.by"));
        history.setAllRowsVisible(true);
        return section("progress.title", row(progressGoal, progressValue, progressNote, record), history);
    }

    private Component signOffSection() {
        signOffState.setId("plan-sign-off-state");
        signOff.setId("sign-off");
        signOff.addClickListener(e -> write(() -> plan = plan.signedOff()
                ? context.plans().withdrawSignOff(plan.id(), plan.version())
                : context.plans().signOff(plan.id(), plan.version()), otherErrors));
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = context.plans().exportPdf(plan.id());
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(), "application/pdf", bytes.length);
        }), messages.get("pdf.download"));
        pdf.setId("download-pdf");
        pdf.getElement().setAttribute("download", true);
        return section("signOff.title", new Paragraph(messages.get("signOff.help")), signOffState,
                row(signOff, pdf));
    }

    private Component exceptionSection() {
        exceptionReason.setLabel(messages.get("exception.reason"));
        exceptionReason.setPlaceholder(messages.get("exception.placeholder"));
        exceptionReason.setWidth("30rem");
        exceptionReason.setId("exception-reason");
        otherErrors.bind("reason", exceptionReason);
        Button record = new Button(messages.get("exception.record"), e -> write(() -> {
            context.plans().recordException(hipo.id(), exceptionReason.getValue());
        }, otherErrors));
        record.setId("record-exception");
        removeException.setText(messages.get("exception.remove"));
        removeException.addClickListener(e -> write(() ->
                exception().ifPresent(x -> context.plans().removeException(x.id(), x.version())), otherErrors));
        removeException.setId("remove-exception");
        return section("exception.title", new Paragraph(messages.get("exception.help")),
                row(exceptionReason, record, removeException));
    }

    // --- Actions ---------------------------------------------------------------------------------

    private void addGap() {
        Capability capability = gapCapability.getValue();
        if (capability == null) {
            gapCapability.setErrorMessage(messages.get("gap.chooseCapability"));
            gapCapability.setInvalid(true);
            return;
        }
        write(() -> {
            context.plans().addGap(plan.id(), new GapDraft(capability.id(), valueOf(gapCurrent), valueOf(gapTarget),
                    gapEvidence.getValue()));
            gapCapability.clear();
            gapEvidence.clear();
        }, gapErrors);
    }

    private void addGoal() {
        write(() -> {
            List<UUID> linked = objectives.stream().filter(goalObjectives.getSelectedItems()::contains)
                    .map(Objective::id).toList();
            context.plans().addGoal(plan.id(), new GoalDraft(goalOutcome.getValue(), goalMeasure.getValue(),
                    goalTarget.getValue(), goalDue.getValue(), linked));
            goalOutcome.clear();
            goalMeasure.clear();
            goalTarget.clear();
            goalDue.clear();
            goalObjectives.clear();
        }, goalErrors);
    }

    private void editActivity(Activity activity) {
        editing = activity;
        activityKind.setValue(activity.kind());
        activityTitle.setValue(activity.title());
        activityStarts.setValue(activity.startsOn());
        activityEnds.setValue(activity.endsOn());
        activityOwner.setValue(activity.owner());
        activityStatus.setValue(activity.status());
        activityGoal.setValue(plan.goals().stream().filter(g -> g.id().equals(activity.goalId())).findFirst()
                .orElse(null));
        context.changes().unsaved();
    }

    private void useTemplate(ActivityTemplate template) {
        editing = null;
        activityKind.setValue(template.kind());
        activityTitle.setValue(template.title());
        activityTitle.focus();
        context.changes().unsaved();
    }

    private void saveActivity() {
        write(() -> {
            Goal goal = activityGoal.getValue();
            ActivityDraft draft = new ActivityDraft(goal == null ? null : goal.id(), activityKind.getValue(),
                    activityTitle.getValue(), activityStarts.getValue(), activityEnds.getValue(),
                    activityOwner.getValue(), activityStatus.getValue());
            if (editing == null) {
                context.plans().addActivity(plan.id(), draft);
            } else {
                context.plans().updateActivity(editing.id(), editing.version(), draft);
            }
            editing = null;
            activityTitle.clear();
            activityStarts.clear();
            activityEnds.clear();
            activityStatus.setValue(ActivityStatus.PLANNED);
        }, activityErrors);
    }

    private void recordProgress() {
        Goal goal = progressGoal.getValue();
        if (goal == null) {
            progressGoal.setErrorMessage(messages.get("progress.chooseGoal"));
            progressGoal.setInvalid(true);
            return;
        }
        write(() -> {
            context.plans().recordProgress(goal.id(), goal.version(), valueOf(progressValue), progressNote.getValue());
            progressNote.clear();
        }, otherErrors);
    }

    /** Runs one write; on success reloads the plan, on a refusal shows the message where it belongs. */
    private void write(Runnable action, FieldErrors errors) {
        errors.clear();
        try {
            action.run();
            context.changes().saved();
            refresh();
        } catch (InvalidInputException e) {
            errors.show(e);
        } catch (ConcurrentEditException e) {
            FieldErrors.notifyError(e.getMessage());
            refresh();
        }
    }

    private void refresh() {
        plan = context.plans().plan(hipo.id()).orElse(plan);
        strengths.setValue(plan.strengths());
        gaps.setItems(plan.gaps());
        goals.setItems(plan.goals());
        activities.setItems(plan.activities());
        activityGoal.setItems(plan.goals());
        progressGoal.setItems(plan.goals());
        history.setItems(context.plans().history(plan.id()));
        Gap selected = suggestionGap.getValue();
        suggestionGap.setItems(plan.gaps());
        suggestionGap.setVisible(!plan.gaps().isEmpty());
        Gap keep = plan.gaps().stream().filter(g -> selected != null && g.id().equals(selected.id())).findFirst()
                .orElse(plan.gaps().isEmpty() ? null : plan.gaps().getFirst());
        suggestionGap.setValue(keep);
        showSuggestions(keep);
        signOffState.setText(plan.signOff() == null ? messages.get("signOff.none")
                : messages.get("signOff.done", plan.signOff().managerName(),
                date(plan.signOff().signedAt().atZone(context.formats().zone()).toLocalDate()),
                plan.signOff().recordedBy()));
        signOff.setText(messages.get(plan.signedOff() ? "signOff.withdraw" : "signOff.record"));
        Optional<PlanException> exception = exception();
        exceptionReason.setValue(exception.map(PlanException::reason).orElse(""));
        removeException.setVisible(context.canEdit() && exception.isPresent());
    }

    private void showSuggestions(@Nullable Gap gap) {
        suggestions.removeAll();
        if (gap == null) {
            suggestions.add(new Paragraph(messages.get("suggestions.noGap")));
            return;
        }
        List<ActivityTemplate> templates = context.plans().suggestions(gap.id());
        if (templates.isEmpty()) {
            suggestions.add(new Paragraph(messages.get("suggestions.none")));
            return;
        }
        Map<ActivityKind, Integer> seen = new java.util.EnumMap<>(ActivityKind.class);
        for (ActivityTemplate template : templates) {
            int index = seen.merge(template.kind(), 1, Integer::sum) - 1;
            Button use = new Button(messages.get("suggestions.use"), e -> useTemplate(template));
            use.addThemeVariants(ButtonVariant.LUMO_SMALL);
            use.setId("use-suggestion-" + template.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                    + "-" + index);
            use.setEnabled(context.canEdit());
            Span label = new Span(suggestionLabel(template));
            label.setTitle(template.description());
            HorizontalLayout line = new HorizontalLayout(use, label);
            line.setAlignItems(FlexComponent.Alignment.CENTER);
            suggestions.add(line);
        }
    }

    /**
     * The template's title after its kind ("Course: Negotiation"), or the title alone when it
     * already begins with the kind, as the starter library's titles do ("Course: strategy for managers").
     */
    private String suggestionLabel(ActivityTemplate template) {
        String kind = messages.get("kind." + template.kind().name());
        Locale locale = messages.locale();
        return template.title().toLowerCase(locale).startsWith(kind.toLowerCase(locale))
                ? template.title() : messages.get("suggestions.label", kind, template.title());
    }

    // --- Helpers ---------------------------------------------------------------------------------

    private Optional<PlanException> exception() {
        return context.plans().exceptions().stream().filter(x -> x.hipoMemberId().equals(hipo.id())).findFirst();
    }

    private Button removeButton(String idPrefix, String what, Runnable remove) {
        Button button = new Button(messages.get("common.remove"), e -> write(remove, otherErrors));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", messages.get("common.removeNamed", what));
        button.setEnabled(context.canEdit());
        button.setClassName(idPrefix);
        return button;
    }

    /** Viewers and archived programs: the plan is shown, every button that writes is hidden. */
    private void setEditable(boolean editable) {
        if (!editable) {
            getChildren().forEach(PlanEditor::hideWrites);
        }
    }

    private static void hideWrites(Component component) {
        if (component instanceof Button button && !"back-to-list".equals(button.getId().orElse(""))) {
            button.setVisible(false);
        }
        component.getChildren().forEach(PlanEditor::hideWrites);
    }

    private String objectiveTitles(List<UUID> ids) {
        Map<UUID, String> titles = objectives.stream().collect(Collectors.toMap(Objective::id, Objective::title));
        if (ids.isEmpty()) {
            return messages.get("goal.noObjective");
        }
        return ids.stream().map(titles::get).filter(Objects::nonNull).collect(Collectors.joining("; "));
    }

    private String period(Activity activity) {
        if (activity.startsOn() == null && activity.endsOn() == null) {
            return messages.get("activity.unscheduled");
        }
        return (activity.startsOn() == null ? "…" : date(activity.startsOn())) + " – "
                + (activity.endsOn() == null ? "…" : date(activity.endsOn()));
    }

    private String date(java.time.LocalDate date) {
        return context.formats().date(date);
    }

    private String fileName() {
        return messages.get("pdf.fileName", hipo.displayName().replaceAll("[^\\p{L}\\p{N}]+", "-")) + ".pdf";
    }

    private static int valueOf(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    private Component section(String titleKey, Component... content) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.add(new H4(messages.get(titleKey)));
        section.add(content);
        return section;
    }

    /** A grid that shows all its rows and wraps long texts instead of cutting them off. */
    private static void readable(Grid<?> grid) {
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    private static HorizontalLayout row(Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}
