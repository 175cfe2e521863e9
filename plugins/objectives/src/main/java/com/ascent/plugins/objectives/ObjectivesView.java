package com.ascent.plugins.objectives;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.model.ProgramState;
import com.ascent.plugin.api.objectives.Capability;
import com.ascent.plugin.api.objectives.Objective;
import com.ascent.plugin.api.objectives.StrategyStatement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * The Objectives step: the organization's strategy context and capability library, then the
 * program's objectives with their success indicators and what is still missing.
 */
class ObjectivesView extends VerticalLayout {

    private final StepContext context;
    private final Translator messages;
    private final StrategySection strategy;
    private final LibrarySection library;
    private final StatusPanel status;
    private final VerticalLayout list = new VerticalLayout();
    private List<StrategyStatement> statements = List.of();
    private List<Capability> capabilities = List.of();

    ObjectivesView(StepContext context) {
        this.context = context;
        this.messages = context.messages();
        this.strategy = new StrategySection(context, this::saved);
        this.library = new LibrarySection(context, this::saved);
        this.status = new StatusPanel(messages);
        setPadding(false);
        list.setPadding(false);

        Button add = new Button(messages.get("objective.add"),
                e -> new ObjectiveDialog(context, null, statements, capabilities, this::saved).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-objective");
        Button template = new Button(messages.get("template.start"), e -> new TemplateDialog(context, this::saved).open());
        template.setId("start-from-template");
        HorizontalLayout actions = new HorizontalLayout(add, template);
        actions.setVisible(context.canEdit());

        add(strategy, library, new H3(messages.get("objectives.title")));
        if (context.program().state() == ProgramState.RUNNING && context.canEdit()) {
            Paragraph running = Sections.muted(new Paragraph(messages.get("objectives.running")));
            running.setId("running-note");
            add(running);
        }
        add(status, actions, list);
        refresh();
        // Open what still needs filling in, so a first visit shows where to start.
        strategy.setOpened(statements.isEmpty());
        library.setOpened(capabilities.isEmpty());
    }

    /** After every stored change: the shell recomputes the step's status, the view shows what is stored. */
    private void saved() {
        context.changes().saved();
        refresh();
    }

    private void refresh() {
        statements = context.strategy().statements();
        capabilities = context.strategy().capabilities();
        List<Objective> objectives = context.objectives().list();
        strategy.show(statements);
        library.show(capabilities);
        status.show(ObjectiveRules.missing(objectives, messages));
        list.removeAll();
        if (objectives.isEmpty()) {
            list.add(Sections.muted(new Paragraph(messages.get("objective.empty"))));
        }
        for (int i = 0; i < objectives.size(); i++) {
            list.add(new ObjectiveCard(context, objectives.get(i), i + 1, statements, capabilities, this::saved));
        }
    }
}
