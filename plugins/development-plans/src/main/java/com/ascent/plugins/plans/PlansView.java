package com.ascent.plugins.plans;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.objectives.Objective;
import com.ascent.plugin.api.plans.Coverage;
import com.ascent.plugin.api.plans.DevelopmentPlan;
import com.ascent.plugin.api.plans.PlanException;
import com.ascent.plugin.api.plans.PlanReadiness;
import com.ascent.plugin.api.roster.RosterMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The HiPos with the state of their plans, the coverage of objectives, and the way into each plan. */
class PlansView extends VerticalLayout {

    private final StepContext context;
    private final Translator messages;

    PlansView(StepContext context) {
        this.context = context;
        this.messages = context.messages();
        setPadding(false);
        showList();
    }

    void showList() {
        removeAll();
        List<RosterMember> hipos = context.roster().members().stream().filter(m -> !m.role().isGuide()).toList();
        if (hipos.isEmpty()) {
            Paragraph empty = new Paragraph(messages.get("list.empty"));
            empty.setId("plans-empty");
            add(empty);
            addLibrary();
            return;
        }
        Map<UUID, DevelopmentPlan> plans = context.plans().plans().stream()
                .collect(Collectors.toMap(DevelopmentPlan::hipoMemberId, Function.identity()));
        Map<UUID, PlanReadiness> readiness = context.plans().readiness().stream()
                .collect(Collectors.toMap(PlanReadiness::hipoMemberId, Function.identity()));
        Map<UUID, PlanException> exceptions = context.plans().exceptions().stream()
                .collect(Collectors.toMap(PlanException::hipoMemberId, Function.identity()));

        Grid<RosterMember> grid = new Grid<>();
        grid.setId("plans-hipos");
        grid.addColumn(RosterMember::displayName).setHeader(messages.get("list.hipo")).setAutoWidth(true);
        grid.addColumn(m -> m.function() == null ? "" : m.function()).setHeader(messages.get("list.function"));
        grid.addColumn(m -> plans.containsKey(m.id()) ? plans.get(m.id()).goals().size() : 0)
                .setHeader(messages.get("list.goals"));
        grid.addColumn(m -> plans.containsKey(m.id()) ? plans.get(m.id()).activities().size() : 0)
                .setHeader(messages.get("list.activities"));
        grid.addColumn(m -> state(plans.get(m.id()), readiness.get(m.id()), exceptions.get(m.id())))
                .setHeader(messages.get("list.state")).setAutoWidth(true);
        grid.addComponentColumn(m -> {
            Button open = new Button(messages.get(plans.containsKey(m.id()) || !context.canEdit()
                    ? "list.open" : "list.create"), e -> openPlan(m));
            open.setId("open-plan-" + hipos.indexOf(m));
            open.getElement().setAttribute("data-hipo", m.displayName());
            open.setEnabled(plans.containsKey(m.id()) || context.canEdit());
            return open;
        }).setHeader(messages.get("column.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(hipos);
        grid.setAllRowsVisible(true);
        add(new H3(messages.get("list.title")), grid);
        add(coverage(hipos));
        addLibrary();
    }

    /** The organization's activity library, open before any HiPo is chosen so HR can prepare it early. */
    private void addLibrary() {
        if (context.canEdit()) {
            Button library = new Button(messages.get("library.open"), e -> new LibraryDialog(context).open());
            library.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            library.setId("open-library");
            add(library);
        }
    }

    private String state(DevelopmentPlan plan, PlanReadiness readiness, PlanException exception) {
        if (exception != null) {
            return messages.get("state.exception", exception.reason());
        }
        if (plan == null) {
            return messages.get("state.none");
        }
        if (plan.signedOff()) {
            return messages.get("state.signedOff");
        }
        return messages.get(readiness != null && readiness.ready() ? "state.ready" : "state.draft");
    }

    private void openPlan(RosterMember hipo) {
        DevelopmentPlan plan = context.plans().plan(hipo.id())
                .orElseGet(() -> context.plans().open(hipo.id()));
        context.changes().saved();
        removeAll();
        add(new PlanEditor(context, hipo, plan, this::showList));
    }

    private VerticalLayout coverage(List<RosterMember> hipos) {
        Coverage coverage = context.plans().coverage();
        List<Objective> objectives = context.objectives().list();
        Map<UUID, String> names = hipos.stream().collect(Collectors.toMap(RosterMember::id, RosterMember::displayName));
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("plans-coverage");
        section.add(new H3(messages.get("coverage.title")));
        if (objectives.isEmpty()) {
            section.add(new Paragraph(messages.get("coverage.noObjectives")));
            return section;
        }
        Grid<Objective> grid = new Grid<>();
        grid.setId("coverage-grid");
        grid.addColumn(Objective::title).setHeader(messages.get("coverage.objective")).setAutoWidth(true);
        grid.addColumn(o -> {
            String covered = coverage.hipos().stream().filter(h -> h.objectiveIds().contains(o.id()))
                    .map(h -> names.get(h.hipoMemberId())).sorted().collect(Collectors.joining(", "));
            return covered.isEmpty() ? messages.get("coverage.none") : covered;
        }).setHeader(messages.get("coverage.hipos"));
        grid.setItems(objectives);
        grid.setAllRowsVisible(true);
        section.add(grid);
        Set<UUID> uncovered = Set.copyOf(coverage.objectivesWithoutGoals());
        List<Objective> uncoveredObjectives = objectives.stream().filter(o -> uncovered.contains(o.id())).toList();
        for (int i = 0; i < uncoveredObjectives.size(); i++) {
            section.add(warning("coverage-uncovered-" + i,
                    messages.get("coverage.uncovered", uncoveredObjectives.get(i).title())));
        }
        List<Coverage.UnlinkedGoal> unlinked = coverage.goalsWithoutObjective();
        for (int i = 0; i < unlinked.size(); i++) {
            section.add(warning("coverage-unlinked-" + i, messages.get("coverage.unlinked", unlinked.get(i).outcome(),
                    names.getOrDefault(unlinked.get(i).hipoMemberId(), ""))));
        }
        return section;
    }

    private static Span warning(String id, String text) {
        Span warning = new Span(text);
        warning.setId(id);
        warning.getElement().getThemeList().add("badge warning");
        return warning;
    }
}
