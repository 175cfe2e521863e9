package com.ascent.plugins.measurement;

import com.ascent.plugin.api.StepContext;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.List;

/**
 * The Measurement step: plan, values, feedback, ROI and the dashboard, one tab each, each built when
 * first opened. Every save refreshes the other tabs already built so that the dashboard always
 * shows what is stored.
 */
class MeasurementView extends VerticalLayout {

    MeasurementView(StepContext context) {
        setPadding(false);
        LazyPanel<DashboardPanel> dashboard = new LazyPanel<>(() -> new DashboardPanel(context));
        Runnable dashboardChanged = () -> dashboard.ifBuilt(DashboardPanel::refresh);
        LazyPanel<RoiPanel> roi = new LazyPanel<>(() -> new RoiPanel(context, dashboardChanged));
        LazyPanel<DataPanel> data = new LazyPanel<>(() -> new DataPanel(context, dashboardChanged));
        Runnable planChanged = () -> {
            data.ifBuilt(DataPanel::refresh);
            roi.ifBuilt(RoiPanel::refresh);
            dashboardChanged.run();
        };
        LazyPanel<PlanPanel> plan = new LazyPanel<>(() -> new PlanPanel(context, planChanged));
        LazyPanel<FeedbackPanel> feedback = new LazyPanel<>(() -> new FeedbackPanel(context, dashboardChanged));
        TabSheet tabs = new TabSheet();
        tabs.setId("measurement-tabs");
        tabs.setWidthFull();
        List<String> ids = List.of("tab-plan", "tab-data", "tab-feedback", "tab-roi", "tab-dashboard");
        List<String> titles = List.of("tab.plan", "tab.data", "tab.feedback", "tab.roi", "tab.dashboard");
        List<LazyPanel<?>> panels = List.of(plan, data, feedback, roi, dashboard);
        for (int i = 0; i < panels.size(); i++) {
            tabs.add(context.messages().get(titles.get(i)), panels.get(i)).setId(ids.get(i));
        }
        tabs.addSelectedChangeListener(e -> ((LazyPanel<?>) tabs.getComponent(e.getSelectedTab())).panel());
        plan.panel();
        add(tabs);
    }
}
