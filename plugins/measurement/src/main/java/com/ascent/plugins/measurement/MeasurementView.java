package com.ascent.plugins.measurement;

import com.ascent.plugin.api.StepContext;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * The Measurement step: plan, values, feedback, ROI and the dashboard, one tab each. Every save
 * refreshes the other tabs so that the dashboard always shows what is stored.
 */
class MeasurementView extends VerticalLayout {

    MeasurementView(StepContext context) {
        setPadding(false);
        DashboardPanel dashboard = new DashboardPanel(context);
        RoiPanel roi = new RoiPanel(context, dashboard::refresh);
        DataPanel data = new DataPanel(context, dashboard::refresh);
        Runnable planChanged = () -> {
            data.refresh();
            roi.refresh();
            dashboard.refresh();
        };
        PlanPanel plan = new PlanPanel(context, planChanged);
        FeedbackPanel feedback = new FeedbackPanel(context, dashboard::refresh);
        TabSheet tabs = new TabSheet();
        tabs.setId("measurement-tabs");
        tabs.setWidthFull();
        List<String> ids = List.of("tab-plan", "tab-data", "tab-feedback", "tab-roi", "tab-dashboard");
        List<String> titles = List.of("tab.plan", "tab.data", "tab.feedback", "tab.roi", "tab.dashboard");
        List<VerticalLayout> panels = List.of(plan, data, feedback, roi, dashboard);
        for (int i = 0; i < panels.size(); i++) {
            tabs.add(context.messages().get(titles.get(i)), panels.get(i)).setId(ids.get(i));
        }
        add(tabs);
    }
}
