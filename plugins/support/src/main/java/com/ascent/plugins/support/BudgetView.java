package com.ascent.plugins.support;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.support.Budget;
import com.ascent.plugin.api.support.Cost;
import com.ascent.plugin.api.support.ResourceType;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Arrays;
import java.util.List;

/** What the program's support costs: planned and actual, in total, per resource type and per HiPo. */
class BudgetView extends VerticalLayout {

    /** One line of a budget table. */
    record Line(String name, Cost cost) {
    }

    private final StepContext context;
    private final Translator messages;
    private final Span planned = new Span();
    private final Span actual = new Span();
    private final Grid<Line> byType;
    private final Grid<Line> byHipo;

    BudgetView(StepContext context) {
        this.context = context;
        this.messages = context.messages();
        setPadding(false);
        planned.setId("budget-planned");
        actual.setId("budget-actual");
        byType = grid("budget-by-type", "budget.type");
        byHipo = grid("budget-by-hipo", "budget.hipo");
        add(planned, actual, new H3(messages.get("budget.byType")), byType, new H3(messages.get("budget.byHipo")),
                byHipo);
    }

    void refresh() {
        Budget budget = context.support().budget();
        planned.setText(messages.get("budget.planned", context.formats().money(budget.total().planned())));
        actual.setText(messages.get("budget.actual", context.formats().money(budget.total().actual())));
        byType.setItems(Arrays.stream(ResourceType.values()).filter(budget.byType()::containsKey)
                .map(t -> new Line(messages.get("type." + t.name()), budget.byType().get(t))).toList());
        List<RosterMember> hipos = SupportRules.hipos(context);
        byHipo.setItems(hipos.stream()
                .map(h -> new Line(h.displayName(), budget.byHipo().getOrDefault(h.id(), Cost.NONE))).toList());
    }

    private Grid<Line> grid(String id, String nameHeader) {
        Grid<Line> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addColumn(Line::name).setHeader(messages.get(nameHeader)).setFlexGrow(2);
        grid.addColumn(l -> context.formats().money(l.cost().planned()))
                .setHeader(messages.get("budget.plannedColumn"));
        grid.addColumn(l -> context.formats().money(l.cost().actual()))
                .setHeader(messages.get("budget.actualColumn"));
        return grid;
    }
}
