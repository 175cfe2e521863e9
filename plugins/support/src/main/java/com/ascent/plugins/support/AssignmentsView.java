package com.ascent.plugins.support;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.TextLimits;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.format.Formats;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.support.Assignment;
import com.ascent.plugin.api.support.AssignmentStatus;
import com.ascent.plugin.api.support.NoSupportDecision;
import com.ascent.plugin.api.support.Resource;
import com.ascent.plugin.api.support.Suggestion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who gets which resource: assigning one resource to one or several HiPos, suggestions that fit
 * their needs, the tracking of each assignment, and HR's "no additional support" decisions.
 */
class AssignmentsView extends VerticalLayout {

    private final StepContext context;
    private final Translator messages;
    private final Runnable onChanged;
    private final ComboBox<Resource> resource = new ComboBox<>();
    private final MultiSelectComboBox<RosterMember> hipos = new MultiSelectComboBox<>();
    private final Select<AssignmentStatus> status = new Select<>();
    private final Grid<Assignment> assignments = new Grid<>();
    private final Paragraph noAssignments = new Paragraph();
    private final Grid<Suggestion> suggestions = new Grid<>();
    private final Paragraph noSuggestions = new Paragraph();
    private final Select<RosterMember> decisionHipo = new Select<>();
    private final TextField decisionReason = new TextField();
    private final Grid<NoSupportDecision> decisions = new Grid<>();
    private Map<UUID, String> names = Map.of();

    AssignmentsView(StepContext context, Runnable onChanged) {
        decisionReason.setMaxLength(TextLimits.TEXT_MAX_LENGTH);
        this.context = context;
        this.messages = context.messages();
        this.onChanged = onChanged;
        setPadding(false);
        add(assignForm(), noAssignments, assignments);
        configureAssignments();
        add(new H3(messages.get("suggestion.heading")), noSuggestions, suggestions);
        configureSuggestions();
        add(new H3(messages.get("decision.heading")), new Paragraph(messages.get("decision.help")));
        if (context.canEdit()) {
            add(decisionForm());
        }
        add(decisions);
        configureDecisions();
        for (Paragraph empty : List.of(noAssignments, noSuggestions)) {
            empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
        }
        noAssignments.setText(messages.get("assignment.empty"));
        noSuggestions.setText(messages.get("suggestion.empty"));
    }

    void refresh() {
        List<RosterMember> programHipos = SupportRules.hipos(context);
        names = programHipos.stream().collect(Collectors.toMap(RosterMember::id, RosterMember::displayName));
        Resource chosen = resource.getValue();
        resource.setItems(context.support().catalogue());
        if (chosen != null) {
            resource.setValue(context.support().resource(chosen.id()).orElse(null));
        }
        hipos.setItems(programHipos);
        List<Assignment> all = context.support().assignments();
        assignments.setItems(all);
        assignments.setVisible(!all.isEmpty());
        noAssignments.setVisible(all.isEmpty());
        List<Suggestion> suggested = context.support().suggestions();
        suggestions.setItems(suggested);
        suggestions.setVisible(!suggested.isEmpty());
        noSuggestions.setVisible(suggested.isEmpty());
        List<NoSupportDecision> decided = context.support().decisions();
        decisions.setItems(decided);
        decisions.setVisible(!decided.isEmpty());
        decisionHipo.setItems(programHipos);
    }

    private HorizontalLayout assignForm() {
        resource.setId("assign-resource");
        resource.setLabel(messages.get("assignment.resource"));
        resource.setItemLabelGenerator(r -> r.freePlaces() == null ? r.title()
                : messages.get("assignment.resourceWithPlaces", r.title(), r.freePlaces()));
        resource.setWidth("22rem");
        hipos.setId("assign-hipos");
        hipos.setLabel(messages.get("assignment.hipos"));
        hipos.setItemLabelGenerator(RosterMember::displayName);
        hipos.setWidth("22rem");
        status.setId("assign-status");
        status.setLabel(messages.get("assignment.status"));
        status.setItems(AssignmentStatus.PROPOSED, AssignmentStatus.ENROLLED, AssignmentStatus.IN_PROGRESS);
        status.setItemLabelGenerator(s -> messages.get("status." + s.name()));
        status.setValue(AssignmentStatus.ENROLLED);
        Button assign = new Button(messages.get("assignment.assign"), e -> assign());
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.setId("assign");
        HorizontalLayout form = new HorizontalLayout(resource, hipos, status, assign);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.setVisible(context.canEdit());
        return form;
    }

    private void assign() {
        resource.setInvalid(false);
        hipos.setInvalid(false);
        if (resource.getValue() == null) {
            resource.setErrorMessage(messages.get("assignment.chooseResource"));
            resource.setInvalid(true);
            return;
        }
        List<UUID> chosen = hipos.getValue().stream().map(RosterMember::id).toList();
        try {
            context.support().assignAll(resource.getValue().id(), chosen, status.getValue());
            hipos.clear();
            context.changes().saved();
            onChanged.run();
        } catch (InvalidInputException e) {
            if (e.field().equals("resourceId")) {
                resource.setErrorMessage(e.getMessage());
                resource.setInvalid(true);
            } else {
                hipos.setErrorMessage(e.getMessage());
                hipos.setInvalid(true);
            }
        } catch (ConcurrentEditException e) {
            SupportView.showError(e.getMessage());
            onChanged.run();
        }
    }

    private void configureAssignments() {
        assignments.setId("assignment-grid");
        assignments.setAllRowsVisible(true);
        assignments.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Formats formats = context.formats();
        assignments.addColumn(a -> names.getOrDefault(a.hipoMemberId(), "")).setHeader(messages.get("assignment.hipo"))
                .setWidth("8em").setFlexGrow(0);
        assignments.addColumn(SupportView.twoLines(Assignment::resourceTitle,
                        a -> messages.get("type." + a.resourceType().name())))
                .setHeader(messages.get("assignment.resource")).setWidth("12em").setFlexGrow(2);
        assignments.addColumn(a -> a.startsOn() == null ? "" : formats.date(a.startsOn()))
                .setHeader(messages.get("resource.startsOn")).setWidth("8em").setFlexGrow(0);
        assignments.addColumn(SupportView.twoLines(a -> messages.get("status." + a.status().name()),
                        a -> tracked(a, formats)))
                .setHeader(messages.get("assignment.status")).setWidth("10em").setFlexGrow(1);
        if (context.canEdit()) {
            assignments.addComponentColumn(a -> {
                Button track = CatalogueView.small(messages.get("tracking.edit"),
                        () -> new TrackingDialog(context, a, names.getOrDefault(a.hipoMemberId(), ""), onChanged).open());
                track.setId("track-" + a.id());
                return track;
            }).setHeader(messages.get("column.actions")).setKey("track").setAutoWidth(true).setFlexGrow(0);
        }
    }

    /** When the HiPo completed it and how useful they found it, as far as recorded. */
    private String tracked(Assignment assignment, Formats formats) {
        List<String> parts = new ArrayList<>();
        if (assignment.completedOn() != null) {
            parts.add(messages.get("assignment.completedOn", formats.date(assignment.completedOn())));
        }
        if (assignment.rating() != null) {
            parts.add(messages.get("assignment.rated", assignment.rating()));
        }
        return String.join(" · ", parts);
    }

    private void configureSuggestions() {
        suggestions.setId("suggestion-grid");
        suggestions.setAllRowsVisible(true);
        suggestions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        suggestions.addColumn(s -> names.getOrDefault(s.hipoMemberId(), "")).setHeader(messages.get("assignment.hipo"));
        suggestions.addColumn(s -> s.resource().title()).setHeader(messages.get("assignment.resource")).setFlexGrow(2);
        suggestions.addColumn(s -> why(s)).setHeader(messages.get("suggestion.why")).setFlexGrow(3);
        if (context.canEdit()) {
            suggestions.addComponentColumn(s -> {
                Button propose = CatalogueView.small(messages.get("suggestion.propose"), () -> propose(s));
                propose.setId("propose-" + s.hipoMemberId() + "-" + s.resource().id());
                return propose;
            }).setHeader(messages.get("column.actions")).setKey("propose");
        }
    }

    private String why(Suggestion suggestion) {
        Function<List<String>, String> joined = list -> String.join(", ", list);
        if (suggestion.forHipo().isEmpty()) {
            return messages.get("suggestion.forObjectives", joined.apply(suggestion.forObjectives()));
        }
        if (suggestion.forObjectives().isEmpty()) {
            return messages.get("suggestion.forHipo", joined.apply(suggestion.forHipo()));
        }
        return messages.get("suggestion.forBoth", joined.apply(suggestion.forHipo()),
                joined.apply(suggestion.forObjectives()));
    }

    private void propose(Suggestion suggestion) {
        try {
            context.support().assign(suggestion.resource().id(), suggestion.hipoMemberId(), null,
                    AssignmentStatus.PROPOSED);
            context.changes().saved();
        } catch (InvalidInputException | ConcurrentEditException e) {
            SupportView.showError(e.getMessage());
        }
        onChanged.run();
    }

    private HorizontalLayout decisionForm() {
        decisionHipo.setId("decision-hipo");
        decisionHipo.setLabel(messages.get("assignment.hipo"));
        decisionHipo.setItemLabelGenerator(m -> m == null ? "" : m.displayName());
        decisionReason.setId("decision-reason");
        decisionReason.setLabel(messages.get("decision.reason"));
        decisionReason.setPlaceholder(messages.get("decision.reason.placeholder"));
        decisionReason.setWidth("28rem");
        Button record = new Button(messages.get("decision.record"), e -> recordDecision());
        record.setId("record-decision");
        HorizontalLayout form = new HorizontalLayout(decisionHipo, decisionReason, record);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void recordDecision() {
        decisionHipo.setInvalid(false);
        decisionReason.setInvalid(false);
        if (decisionHipo.getValue() == null) {
            decisionHipo.setErrorMessage(messages.get("decision.chooseHipo"));
            decisionHipo.setInvalid(true);
            return;
        }
        try {
            context.support().decideNoSupport(decisionHipo.getValue().id(), decisionReason.getValue());
            decisionReason.clear();
            decisionHipo.clear();
            context.changes().saved();
            onChanged.run();
        } catch (InvalidInputException e) {
            var field = e.field().equals("reason") ? decisionReason : decisionHipo;
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        } catch (ConcurrentEditException e) {
            SupportView.showError(e.getMessage());
            onChanged.run();
        }
    }

    private void configureDecisions() {
        decisions.setId("decision-grid");
        decisions.setAllRowsVisible(true);
        decisions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        decisions.addColumn(d -> names.getOrDefault(d.hipoMemberId(), "")).setHeader(messages.get("assignment.hipo"));
        decisions.addColumn(NoSupportDecision::reason).setHeader(messages.get("decision.reason")).setFlexGrow(3);
        decisions.addColumn(NoSupportDecision::recordedBy).setHeader(messages.get("decision.recordedBy"));
        if (context.canEdit()) {
            decisions.addComponentColumn(d -> {
                Button withdraw = CatalogueView.small(messages.get("decision.withdraw"), () -> withdraw(d));
                withdraw.setId("withdraw-decision-" + d.hipoMemberId());
                return withdraw;
            }).setHeader(messages.get("column.actions")).setKey("withdraw");
        }
    }

    private void withdraw(NoSupportDecision decision) {
        try {
            context.support().removeDecision(decision.id(), decision.version());
            context.changes().saved();
        } catch (ConcurrentEditException e) {
            SupportView.showError(e.getMessage());
        }
        onChanged.run();
    }
}
