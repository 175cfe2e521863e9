package com.ascent.plugins.framework;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.calendar.ActionItem;
import com.ascent.plugin.api.calendar.ActionItemDraft;
import com.ascent.plugin.api.calendar.ActionStatus;
import com.ascent.plugin.api.calendar.CalendarEvent;
import com.ascent.plugin.api.calendar.StalledPair;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** While the program runs: overdue action items and pairs that have stopped meeting. */
class FollowUpPanel extends VerticalLayout {

    private final StepContext context;
    private final Translator messages;
    private final Grid<ActionItem> overdue = new Grid<>();
    private final Paragraph overdueEmpty = new Paragraph();
    private final Grid<StalledPair> stalled = new Grid<>();
    private final Paragraph stalledEmpty = new Paragraph();
    private final Button markDone = new Button();
    private Map<UUID, CalendarEvent> events = Map.of();
    private PairNames names;

    FollowUpPanel(StepContext context) {
        this.context = context;
        this.messages = context.messages();
        this.names = new PairNames(context);
        setPadding(false);
        overdue.setId("overdue-actions");
        overdue.addColumn(ActionItem::description).setHeader(messages.get("action.description")).setFlexGrow(1);
        overdue.addColumn(ActionItem::owner).setHeader(messages.get("action.owner")).setAutoWidth(true);
        overdue.addColumn(ActionItem::due).setHeader(messages.get("action.due")).setAutoWidth(true);
        overdue.addColumn(item -> events.containsKey(item.eventId()) ? events.get(item.eventId()).title() : "")
                .setHeader(messages.get("action.meeting")).setFlexGrow(1);
        overdue.setAllRowsVisible(true);
        overdue.addSelectionListener(e -> markDone.setEnabled(e.getFirstSelectedItem().isPresent()));
        markDone.setId("mark-done");
        markDone.setText(messages.get("action.markDone"));
        markDone.setEnabled(false);
        markDone.setVisible(context.canEdit());
        markDone.addClickListener(e -> overdue.getSelectedItems().stream().findFirst().ifPresent(this::done));
        overdueEmpty.setId("overdue-empty");
        overdueEmpty.setText(messages.get("followUp.noOverdue"));
        stalled.setId("stalled-pairs");
        stalled.addColumn(s -> names.of(s.pairId())).setHeader(messages.get("stalled.pair")).setFlexGrow(1);
        stalled.addColumn(s -> s.lastHeld() == null ? messages.get("stalled.never") : context.formats().date(s.lastHeld()))
                .setHeader(messages.get("stalled.lastHeld")).setAutoWidth(true);
        stalled.addColumn(StalledPair::daysWithout).setHeader(messages.get("stalled.days")).setAutoWidth(true);
        stalled.addColumn(StalledPair::allowedDays).setHeader(messages.get("stalled.allowed")).setAutoWidth(true);
        stalled.setAllRowsVisible(true);
        stalledEmpty.setId("stalled-empty");
        stalledEmpty.setText(messages.get("followUp.noStalled"));
        add(new H3(messages.get("followUp.overdue")), overdueEmpty, overdue, markDone,
                new H3(messages.get("followUp.stalled")), new Paragraph(messages.get("followUp.stalledHint")),
                stalledEmpty, stalled);
        refresh();
    }

    void refresh() {
        names = new PairNames(context);
        events = context.calendar().events().stream().collect(Collectors.toMap(CalendarEvent::id, Function.identity()));
        LocalDate today = LocalDate.now(EventTimes.of(context).zone());
        List<ActionItem> late = context.calendar().overdueActionItems(today);
        overdue.setItems(late);
        overdue.setVisible(!late.isEmpty());
        overdueEmpty.setVisible(late.isEmpty());
        List<StalledPair> stopped = context.calendar().stalledPairs(today);
        stalled.setItems(stopped);
        stalled.setVisible(!stopped.isEmpty());
        stalledEmpty.setVisible(stopped.isEmpty());
    }

    private void done(ActionItem item) {
        try {
            context.calendar().updateActionItem(item.id(), item.version(),
                    new ActionItemDraft(item.description(), item.owner(), item.due(), ActionStatus.DONE));
            context.changes().saved();
        } catch (ConcurrentEditException e) {
            FrameworkView.showError(e.getMessage());
        }
        refresh();
    }
}
