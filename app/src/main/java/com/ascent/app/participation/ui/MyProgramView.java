package com.ascent.app.participation.ui;

import com.ascent.app.calendar.MoveRefusedException;
import com.ascent.app.format.FormatsService;
import com.ascent.app.participation.MyProgram;
import com.ascent.app.participation.MyProgram.MyActionItem;
import com.ascent.app.participation.MyProgram.MyPair;
import com.ascent.app.participation.MyProgram.MyPlan;
import com.ascent.app.participation.MyProgram.MySession;
import com.ascent.app.participation.MyProgramService;
import com.ascent.app.participation.MyProgramService.NotMineException;
import com.ascent.app.ui.Notifications;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.calendar.ActionItemDraft;
import com.ascent.plugin.api.calendar.ActionStatus;
import com.ascent.plugin.api.calendar.CalendarEvent;
import com.ascent.plugin.api.calendar.EventOutcome;
import com.ascent.plugin.api.calendar.EventStatus;
import com.ascent.plugin.api.format.Formats;
import com.ascent.plugin.api.format.ValueFields;
import com.ascent.plugin.api.plans.Activity;
import com.ascent.plugin.api.plans.ActivityStatus;
import com.ascent.plugin.api.plans.Goal;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A participant's own page: their pairs, the sessions to log, their action items, their development
 * plan (progress) and, for a manager, the plans of their HiPos to sign off. {@code ?program=<id>}
 * shows one program; an id that is not theirs is "not found".
 */
@Route("my-program")
@Menu(title = "nav.myProgram", order = 0.5)
@RolesAllowed("PARTICIPANT")
public class MyProgramView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final MyProgramService service;
    private final Formats formats;
    private final VerticalLayout content = new VerticalLayout();
    private @Nullable UUID programId;

    public MyProgramView(MyProgramService service, FormatsService formatsService) {
        this.service = service;
        this.formats = formatsService.current(getLocale());
        addClassName("ascent-page");
        content.setPadding(false);
        add(new H1(getTranslation("participants.title")), content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("participants.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> wanted = event.getLocation().getQueryParameters().getSingleParameter("program");
        try {
            programId = wanted.map(UUID::fromString).orElse(null);
            refresh();
        } catch (IllegalArgumentException | NotMineException notMine) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void refresh() {
        LocalDate today = LocalDate.now(formats.zone());
        MyProgram mine = programId == null ? service.overview(today) : service.overview(today, programId);
        content.removeAll();
        if (mine.empty()) {
            Paragraph empty = new Paragraph(getTranslation("participants.empty"));
            empty.setId("my-program-empty");
            empty.addClassName("ascent-muted");
            content.add(empty);
            return;
        }
        if (!mine.pairs().isEmpty()) {
            content.add(new H2(getTranslation("participants.pairs")), pairs(mine.pairs()));
        }
        content.add(new H2(getTranslation("participants.sessions")), sessions(mine.sessions()));
        content.add(new H2(getTranslation("participants.actionItems")), actionItems(mine.actionItems()));
        if (!mine.ownPlans().isEmpty()) {
            content.add(new H2(getTranslation("participants.myPlan")));
            mine.ownPlans().forEach(plan -> content.add(ownPlan(plan)));
        }
        if (!mine.plansToReview().isEmpty()) {
            content.add(new H2(getTranslation("participants.plansToReview")));
            mine.plansToReview().forEach(plan -> content.add(planToReview(plan)));
        }
    }

    // --- Pairs and sessions --------------------------------------------------------------------------

    private Component pairs(List<MyPair> pairs) {
        UnorderedList list = new UnorderedList();
        list.setId("my-pairs");
        for (MyPair pair : pairs) {
            String kind = getTranslation("participants.kind." + pair.kind().name());
            list.add(new ListItem(getTranslation(pair.asHipo() ? "participants.pair.asHipo" : "participants.pair.asGuide",
                    kind, pair.otherName(), pair.otherEmail(), pair.programName())));
        }
        return list;
    }

    private Component sessions(List<MySession> sessions) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setId("my-sessions");
        if (sessions.isEmpty()) {
            list.add(muted(getTranslation("participants.sessions.none")));
        }
        for (MySession session : sessions) {
            CalendarEvent event = session.event();
            Div card = new Div();
            card.addClassName("ascent-card");
            card.add(new H3(event.title()));
            card.add(new Paragraph(getTranslation("participants.session.when",
                    event.scheduled() ? formats.dateTime(event.startsAt().atZone(formats.zone()))
                            : getTranslation("participants.session.unscheduled"),
                    session.with(), session.programName())));
            if (!event.agenda().isEmpty()) {
                UnorderedList agenda = new UnorderedList();
                event.agenda().forEach(point -> agenda.add(new ListItem(point)));
                card.add(new Span(getTranslation("participants.session.agenda")), agenda);
            }
            Button log = new Button(getTranslation("participants.session.log"), e -> openLog(session));
            log.addClassName("log-session");
            card.add(log);
            list.add(card);
        }
        return list;
    }

    private void openLog(MySession session) {
        CalendarEvent event = session.event();
        Dialog dialog = new Dialog(getTranslation("participants.log.title", event.title()));
        RadioButtonGroup<EventStatus> status = new RadioButtonGroup<>(getTranslation("participants.log.status"));
        status.setItems(EventStatus.HELD, EventStatus.CANCELLED, EventStatus.MOVED);
        status.setItemLabelGenerator(s -> getTranslation("participants.log.status." + s.name()));
        status.setValue(EventStatus.HELD);
        DatePicker day = ValueFields.date(formats, getTranslation("participants.log.newDate"));
        TimePicker time = ValueFields.time(formats, getTranslation("participants.log.newTime"));
        HorizontalLayout movedTo = new HorizontalLayout(day, time);
        movedTo.setVisible(false);
        status.addValueChangeListener(e -> movedTo.setVisible(e.getValue() == EventStatus.MOVED));
        TextArea notes = new TextArea(getTranslation("participants.log.notes"));
        notes.setHelperText(getTranslation("participants.log.notesHelp"));
        notes.setValue(event.notes());
        notes.setWidthFull();
        List<ActionRow> rows = new ArrayList<>();
        VerticalLayout items = new VerticalLayout();
        items.setPadding(false);
        Button addItem = new Button(getTranslation("participants.log.addActionItem"), e -> {
            ActionRow row = new ActionRow();
            rows.add(row);
            items.add(row.layout);
        });
        addItem.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button save = new Button(getTranslation("participants.log.save"), e -> {
            Instant moved = null;
            if (status.getValue() == EventStatus.MOVED && day.getValue() != null && time.getValue() != null) {
                moved = LocalDateTime.of(day.getValue(), time.getValue()).atZone(formats.zone()).toInstant();
            }
            EventOutcome outcome = new EventOutcome(status.getValue(), moved, notes.getValue());
            boolean logged = write(() -> service.logSession(session.programId(), event.id(), event.version(), outcome));
            for (ActionRow row : rows) {
                logged = logged && write(() -> service.addActionItem(session.programId(), event.id(), row.draft()));
            }
            if (logged) {
                Notifications.success(getTranslation("participants.log.saved"));
                dialog.close();
                refresh();
            }
        });
        save.setId("save-log");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(status, movedTo, notes, new Span(getTranslation("participants.actionItems")),
                items, addItem));
        dialog.getFooter().add(new Button(getTranslation("participants.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** One action item typed while logging a session. */
    private final class ActionRow {
        private final TextField description = new TextField(getTranslation("participants.item.description"));
        private final TextField owner = new TextField(getTranslation("participants.item.owner"));
        private final DatePicker due = ValueFields.date(formats, getTranslation("participants.item.due"));
        private final HorizontalLayout layout = new HorizontalLayout(description, owner, due);

        ActionItemDraft draft() {
            return new ActionItemDraft(description.getValue(), owner.getValue(), due.getValue(), ActionStatus.OPEN);
        }
    }

    // --- Action items --------------------------------------------------------------------------------

    private Component actionItems(List<MyActionItem> items) {
        if (items.isEmpty()) {
            Paragraph none = muted(getTranslation("participants.actionItems.none"));
            none.setId("my-action-items-none");
            return none;
        }
        Grid<MyActionItem> grid = new Grid<>();
        grid.setId("my-action-items");
        grid.setAllRowsVisible(true);
        grid.addColumn(i -> i.item().description()).setHeader(getTranslation("participants.item.description"))
                .setFlexGrow(3);
        grid.addColumn(i -> i.item().owner()).setHeader(getTranslation("participants.item.owner"));
        grid.addColumn(i -> formats.date(i.item().due())).setHeader(getTranslation("participants.item.due"));
        grid.addComponentColumn(i -> i.overdue() ? badge(getTranslation("participants.item.overdue")) : new Span())
                .setHeader(getTranslation("participants.item.state"));
        grid.addColumn(MyActionItem::session).setHeader(getTranslation("participants.item.session"));
        grid.addComponentColumn(i -> {
            Button done = new Button(getTranslation("participants.item.done"), e -> {
                if (write(() -> service.completeActionItem(i.programId(), i.item().id(), i.item().version()))) {
                    refresh();
                }
            });
            done.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return done;
        }).setAutoWidth(true);
        grid.setItems(items);
        return grid;
    }

    // --- Plans ---------------------------------------------------------------------------------------

    private Component ownPlan(MyPlan mine) {
        VerticalLayout plan = new VerticalLayout();
        plan.setPadding(false);
        plan.addClassName("my-plan");
        plan.add(new Paragraph(getTranslation("participants.plan.of", mine.programName())));
        if (mine.plan().goals().isEmpty()) {
            plan.add(muted(getTranslation("participants.plan.noGoals")));
        }
        for (Goal goal : mine.plan().goals()) {
            IntegerField progress = new IntegerField(getTranslation("participants.goal.progress"));
            progress.setMin(0);
            progress.setMax(100);
            progress.setValue(goal.progress());
            progress.setSuffixComponent(new Span("%"));
            TextField note = new TextField(getTranslation("participants.goal.note"));
            Button save = new Button(getTranslation("participants.goal.save"), e -> {
                int value = progress.getValue() == null ? -1 : progress.getValue();
                if (write(() -> service.recordProgress(mine.programId(), goal.id(), goal.version(), value,
                        note.getValue()))) {
                    Notifications.success(getTranslation("participants.goal.saved"));
                    refresh();
                }
            });
            HorizontalLayout row = new HorizontalLayout(new Span(goal.outcome()), progress, note, save);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            row.addClassName("my-goal");
            plan.add(row);
        }
        for (Activity activity : mine.plan().activities()) {
            Select<ActivityStatus> status = new Select<>();
            status.setLabel(activity.title());
            status.setItems(ActivityStatus.values());
            status.setItemLabelGenerator(s -> getTranslation("participants.activity." + s.name()));
            status.setValue(activity.status());
            status.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null && write(() -> service.updateActivityStatus(
                        mine.programId(), activity.id(), activity.version(), e.getValue()))) {
                    refresh();
                }
            });
            plan.add(status);
        }
        plan.add(signOffState(mine), pdf(mine));
        return plan;
    }

    private Component planToReview(MyPlan report) {
        VerticalLayout plan = new VerticalLayout();
        plan.setPadding(false);
        plan.addClassName("plan-to-review");
        plan.add(new H3(getTranslation("participants.review.of", report.hipoName(), report.programName())));
        UnorderedList goals = new UnorderedList();
        report.plan().goals().forEach(g -> goals.add(new ListItem(getTranslation("participants.review.goal",
                g.outcome(), g.progress(), formats.date(g.dueDate())))));
        UnorderedList activities = new UnorderedList();
        report.plan().activities().forEach(a -> activities.add(new ListItem(getTranslation(
                "participants.review.activity", a.title(), getTranslation("participants.activity." + a.status().name())))));
        plan.add(goals, activities, signOffState(report));
        HorizontalLayout actions = new HorizontalLayout();
        if (!report.plan().signedOff()) {
            Button signOff = new Button(getTranslation("participants.review.signOff"), e -> {
                if (write(() -> service.signOff(report.programId(), report.plan().id(), report.plan().version()))) {
                    Notifications.success(getTranslation("participants.review.signedOff", report.hipoName()));
                    refresh();
                }
            });
            signOff.addClassName("sign-off-plan");
            signOff.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(signOff);
        }
        actions.add(pdf(report));
        plan.add(actions);
        return plan;
    }

    private Span signOffState(MyPlan mine) {
        var signOff = mine.plan().signOff();
        Span state = new Span(signOff == null ? getTranslation("participants.plan.notSignedOff")
                : getTranslation(mine.signedByManager() ? "participants.plan.signedByManager"
                        : "participants.plan.signedByHr", signOff.managerName(),
                        formats.dateTime(signOff.signedAt().atZone(formats.zone())), signOff.recordedBy()));
        state.addClassName("plan-sign-off");
        return state;
    }

    private Anchor pdf(MyPlan mine) {
        Anchor link = new Anchor((DownloadHandler) event -> {
            event.setFileName(getTranslation("participants.plan.pdfFile", mine.hipoName()) + ".pdf");
            event.setContentType("application/pdf");
            event.getOutputStream().write(service.planPdf(mine.programId(), mine.plan().id(), getLocale()));
        }, getTranslation("participants.plan.pdf"));
        link.setDownload(true);
        return link;
    }

    // --- Helpers -------------------------------------------------------------------------------------

    /** Runs a change; a refused one is told to the user in their language, and false returned. */
    private boolean write(Supplier<?> change) {
        try {
            change.get();
            return true;
        } catch (MoveRefusedException refused) {
            Notifications.error(getTranslation(refused.getMessage(), refused.arguments().toArray()));
        } catch (InvalidInputException | ConcurrentEditException refused) {
            Notifications.error(getTranslation(refused.getMessage()));
            if (refused instanceof ConcurrentEditException) {
                refresh();
            }
        }
        return false;
    }

    private static Paragraph muted(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("ascent-muted");
        return paragraph;
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge error");
        return badge;
    }
}
