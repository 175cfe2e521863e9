package com.ascent.plugins.framework;

import com.ascent.plugin.api.StepContext;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;

/** The step's screen: the structure, the calendar, and following the program while it runs. */
class FrameworkView extends VerticalLayout {

    FrameworkView(StepContext context) {
        setPadding(false);
        CalendarPanel calendar = new CalendarPanel(context);
        FollowUpPanel followUp = new FollowUpPanel(context);
        TabSheet tabs = new TabSheet();
        tabs.setId("framework-tabs");
        tabs.setWidthFull();
        tabs.add(context.messages().get("tab.structure"), new StructureForm(context, () -> {
            calendar.refresh();
            followUp.refresh();
        })).setId("tab-structure");
        tabs.add(context.messages().get("tab.calendar"), calendar).setId("tab-calendar");
        tabs.add(context.messages().get("tab.followUp"), followUp).setId("tab-follow-up");
        tabs.addSelectedChangeListener(e -> {
            calendar.refresh();
            followUp.refresh();
        });
        add(tabs);
    }

    static void showError(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
