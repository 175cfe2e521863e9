package com.ascent.plugins.measurement;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.TextLimits;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.format.ValueFields;
import com.ascent.plugin.api.measurement.Feedback;
import com.ascent.plugin.api.measurement.FeedbackDraft;
import com.ascent.plugin.api.measurement.FeedbackSummary;
import com.ascent.plugin.api.measurement.RaterRole;
import com.ascent.plugin.api.objectives.Objective;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The 360-degree questionnaire (an overall leadership question and one per objective), responses
 * recorded by HR, and summaries that keep raters anonymous.
 */
class FeedbackPanel extends VerticalLayout {

    private static final List<Integer> SCALE = List.of(1, 2, 3, 4, 5);

    private final StepContext context;
    private final Translator messages;
    private final Runnable changed;
    private final VerticalLayout summaries = new VerticalLayout();

    FeedbackPanel(StepContext context, Runnable changed) {
        this.context = context;
        this.messages = context.messages();
        this.changed = changed;
        setPadding(false);
        add(new Paragraph(messages.get("feedback.intro")));
        if (context.canEdit()) {
            add(form());
        }
        summaries.setPadding(false);
        summaries.setId("feedback-summaries");
        add(new H3(messages.get("feedback.summaries")), summaries);
        refresh();
    }

    private VerticalLayout form() {
        Select<RosterMember> hipo = new Select<>();
        hipo.setLabel(messages.get("feedback.hipo"));
        hipo.setId("feedback-hipo");
        hipo.setItemLabelGenerator(RosterMember::displayName);
        List<RosterMember> hipos = context.roster().members().stream().filter(m -> m.role() == RosterRole.HIPO).toList();
        hipo.setItems(hipos);
        hipos.stream().findFirst().ifPresent(hipo::setValue);
        Select<RaterRole> role = new Select<>();
        role.setLabel(messages.get("feedback.role"));
        role.setId("feedback-role");
        role.setItems(RaterRole.values());
        role.setItemLabelGenerator(r -> messages.get("rater." + r.name()));
        role.setValue(RaterRole.MANAGER);
        DatePicker date = ValueFields.date(context.formats(), messages.get("feedback.date"));
        date.setId("feedback-date");
        date.setValue(LocalDate.now(context.formats().zone()));
        Select<Integer> overall = rating(messages.get("feedback.overall"), "feedback-overall");
        Map<String, Select<Integer>> questions = new LinkedHashMap<>();
        questions.put(Feedback.OVERALL, overall);
        List<Objective> objectives = context.objectives().list();
        for (int i = 0; i < objectives.size(); i++) {
            questions.put(objectives.get(i).id().toString(),
                    rating(messages.get("feedback.objective", objectives.get(i).title()), "feedback-objective-" + i));
        }
        TextArea comment = new TextArea(messages.get("feedback.comment"));
        comment.setId("feedback-comment");
        comment.setMaxLength(TextLimits.TEXT_MAX_LENGTH);
        comment.setWidthFull();
        Button record = new Button(messages.get("feedback.record"), e -> {
            if (hipo.isEmpty() || date.isEmpty()) {
                Notification.show(messages.get("feedback.choose"));
                return;
            }
            Map<String, Integer> ratings = new HashMap<>();
            questions.forEach((key, select) -> {
                if (select.getValue() != null) {
                    ratings.put(key, select.getValue());
                }
            });
            FeedbackDraft draft = new FeedbackDraft(hipo.getValue().id(), role.getValue(), date.getValue(), ratings,
                    comment.getValue());
            if (Inputs.save(() -> context.measurement().recordFeedback(draft), Map.of("ratings", overall))) {
                questions.values().forEach(Select::clear);
                comment.clear();
                Notification.show(messages.get("feedback.recorded"));
                context.changes().saved();
                refresh();
                changed.run();
            }
        });
        record.setId("record-feedback");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout who = new HorizontalLayout(hipo, role, date);
        who.setAlignItems(FlexComponent.Alignment.BASELINE);
        // One question per line: a question names an objective and must be read whole.
        VerticalLayout answers = new VerticalLayout();
        answers.setPadding(false);
        answers.setSpacing(false);
        questions.values().forEach(question -> {
            question.setWidth("min(100%, 36em)");
            answers.add(question);
        });
        VerticalLayout box = new VerticalLayout(new H3(messages.get("feedback.formTitle")), who, answers, comment, record);
        box.setPadding(false);
        return box;
    }

    private Select<Integer> rating(String label, String id) {
        Select<Integer> select = new Select<>();
        select.setLabel(label);
        select.setId(id);
        select.setItems(SCALE);
        select.setItemLabelGenerator(n -> messages.get(n == null ? "scale.none" : "scale." + n));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(messages.get("scale.none"));
        return select;
    }

    void refresh() {
        summaries.removeAll();
        List<FeedbackSummary> all = context.measurement().feedbackSummaries();
        if (all.isEmpty()) {
            summaries.add(new Paragraph(messages.get("feedback.noHipos")));
        }
        int threshold = context.measurement().settings().anonymityThreshold();
        for (int i = 0; i < all.size(); i++) {
            summaries.add(card(all.get(i), "feedback-summary-" + i, threshold));
        }
    }

    private Div card(FeedbackSummary summary, String id, int threshold) {
        Div card = new Div();
        card.setId(id);
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)")
                .set("width", "100%").set("box-sizing", "border-box");
        card.add(new H4(summary.hipoName()));
        Span responses = new Span(messages.get("feedback.responses", summary.responses()));
        responses.setId(id + "-responses");
        card.add(new Paragraph(responses));
        if (!summary.visible()) {
            Paragraph hidden = new Paragraph(messages.get("feedback.hidden", threshold));
            hidden.setId(id + "-hidden");
            card.add(hidden);
            return card;
        }
        Span average = new Span(messages.get("feedback.average", context.formats().number(summary.overallAverage())));
        average.setId(id + "-average");
        card.add(new Paragraph(average));
        if (!summary.byRole().isEmpty()) {
            card.add(new Paragraph(summary.byRole().entrySet().stream()
                    .map(e -> messages.get("rater." + e.getKey().name()) + ": " + context.formats().number(e.getValue()))
                    .collect(Collectors.joining(" · "))));
        }
        summary.comments().forEach(c -> card.add(new Paragraph("“" + c + "”")));
        return card;
    }
}
