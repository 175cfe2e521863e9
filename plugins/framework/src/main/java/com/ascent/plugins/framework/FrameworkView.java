package com.ascent.plugins.framework;

import com.ascent.plugin.api.StepContext;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;

/**
 * The step's screen: the structure, the calendar, and following the program while it runs; the
 * calendar and the follow-up are built when their tab is first opened.
 */
class FrameworkView extends VerticalLayout {

    FrameworkView(StepContext context) {
        setPadding(false);
        LazyPanel<CalendarPanel> calendar = new LazyPanel<>(() -> new CalendarPanel(context));
        LazyPanel<FollowUpPanel> followUp = new LazyPanel<>(() -> new FollowUpPanel(context));
        Runnable refreshBuilt = () -> {
            calendar.ifBuilt(CalendarPanel::refresh);
            followUp.ifBuilt(FollowUpPanel::refresh);
        };
        TabSheet tabs = new TabSheet();
        tabs.setId("framework-tabs");
        tabs.setWidthFull();
        tabs.add(context.messages().get("tab.structure"), new StructureForm(context, refreshBuilt)).setId("tab-structure");
        tabs.add(context.messages().get("tab.calendar"), calendar).setId("tab-calendar");
        tabs.add(context.messages().get("tab.followUp"), followUp).setId("tab-follow-up");
        tabs.addSelectedChangeListener(e -> {
            refreshBuilt.run();
            if (tabs.getComponent(e.getSelectedTab()) instanceof LazyPanel<?> opened) {
                opened.panel();
            }
        });
        add(tabs);
    }

    static void showError(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
