package com.ascent.plugins.support;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.roster.RosterMember;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The step's view: who still needs support, then the assignments, the catalogue and the budget in
 * tabs, the catalogue and the budget built when their tab is first opened. Every change reloads all
 * parts built, so the coverage and the budget always match the data.
 */
class SupportView extends VerticalLayout {

    private final StepContext context;
    private final Paragraph coverage = new Paragraph();
    private final AssignmentsView assignments;
    private final LazyPanel<CatalogueView> catalogue;
    private final LazyPanel<BudgetView> budget;

    SupportView(StepContext context) {
        this.context = context;
        setPadding(false);
        coverage.setId("support-coverage");
        assignments = new AssignmentsView(context, this::refresh);
        // Built when first opened, then filled with what is stored now.
        catalogue = new LazyPanel<>(() -> {
            CatalogueView view = new CatalogueView(context, this::refresh);
            view.refresh();
            return view;
        });
        budget = new LazyPanel<>(() -> {
            BudgetView view = new BudgetView(context);
            view.refresh();
            return view;
        });
        Translator messages = context.messages();
        TabSheet tabs = new TabSheet();
        tabs.setId("support-tabs");
        tabs.setWidthFull();
        tabs.add(messages.get("tab.assignments"), assignments).setId("tab-assignments");
        tabs.add(messages.get("tab.catalogue"), catalogue).setId("tab-catalogue");
        tabs.add(messages.get("tab.budget"), budget).setId("tab-budget");
        tabs.addSelectedChangeListener(e -> {
            if (tabs.getComponent(e.getSelectedTab()) instanceof LazyPanel<?> opened) {
                opened.panel();
            }
        });
        add(coverage, tabs);
        refresh();
    }

    private void refresh() {
        List<RosterMember> uncovered = SupportRules.uncovered(context);
        coverage.setText(uncovered.isEmpty()
                ? context.messages().get("coverage.complete")
                : context.messages().get("coverage.missing",
                        uncovered.stream().map(RosterMember::displayName).collect(Collectors.joining(", "))));
        assignments.refresh();
        catalogue.ifBuilt(CatalogueView::refresh);
        budget.ifBuilt(BudgetView::refresh);
    }

    /** A cell of two lines: the value, and details under it in smaller, muted text. */
    static <T> LitRenderer<T> twoLines(ValueProvider<T, String> value, ValueProvider<T, String> details) {
        return LitRenderer.<T>of("<div>${item.value}</div><div style=\"font-size: var(--lumo-font-size-s); "
                        + "color: var(--lumo-secondary-text-color)\">${item.details}</div>")
                .withProperty("value", value).withProperty("details", details);
    }

    static void showError(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
