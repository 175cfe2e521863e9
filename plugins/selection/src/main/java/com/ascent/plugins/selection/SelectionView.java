package com.ascent.plugins.selection;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The step's four tabs: HiPos, mentors and coaches, selection criteria, and the pairs to review;
 * each built when first opened.
 */
class SelectionView extends VerticalLayout {

    private final TabSheet tabs = new TabSheet();
    private final Map<Tab, LazyPanel<? extends Panel>> panels = new HashMap<>();

    SelectionView(StepContext context) {
        Translator messages = context.messages();
        setId("selection");
        setPadding(false);
        tabs.setId("selection-tabs");
        tabs.setWidthFull();
        add("selection-tab-hipos", messages.get("tab.hipos"), () -> new HipoPanel(context));
        add("selection-tab-guides", messages.get("tab.guides"), () -> new GuidePanel(context));
        add("selection-tab-criteria", messages.get("tab.criteria"), () -> new CriteriaPanel(context));
        add("selection-tab-pairs", messages.get("tab.pairs"), () -> new PairsPanel(context));
        tabs.addSelectedChangeListener(e -> panels.get(e.getSelectedTab()).panel().refresh());
        add(tabs);
        panels.get(tabs.getSelectedTab()).panel().refresh();
    }

    private <P extends Component & Panel> void add(String id, String label, Supplier<P> panel) {
        LazyPanel<P> content = new LazyPanel<>(panel);
        Tab tab = tabs.add(label, content);
        tab.setId(id);
        panels.put(tab, content);
    }
}
