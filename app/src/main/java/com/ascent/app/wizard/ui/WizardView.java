package com.ascent.app.wizard.ui;

import com.ascent.app.format.FormatsService;
import com.ascent.app.measurement.ui.FeedbackRoundsView;
import com.ascent.app.participation.ProgramParticipantsService;
import com.ascent.app.participation.ui.ParticipantsDialog;
import com.ascent.app.plugin.GuardedStep;
import com.ascent.app.plugin.StepFailedException;
import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramService;
import com.ascent.app.security.CurrentUser;
import com.ascent.app.security.Role;
import com.ascent.app.wizard.StepContextFactory;
import com.ascent.app.wizard.StepOutcome;
import com.ascent.app.wizard.StepReport;
import com.ascent.app.wizard.WizardService;
import com.ascent.plugin.api.StepChanges;
import com.ascent.plugin.api.StepGuidance;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The wizard shell for one program: the stepper with every step's status, the current step's
 * view (built by its plugin) beside its guidance, Back and Next, and whether the work is saved.
 * The last stop is the review page, {@value ReviewPanel#REVIEW}.
 */
@Route("programs/:programId/steps/:stepId")
// Staff only: a participant's one page is My program (HomeView sends them there).
@RolesAllowed({"VIEWER", "HR", "ADMIN"})
public class WizardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgramService programs;
    private final WizardService wizard;
    private final StepContextFactory contexts;
    private final CurrentUser currentUser;

    private final Span saveState = new Span();
    private final Nav stepper = new Nav();
    private final Div content = new Div();
    private final Div guidance = new Div();
    private final Button back = new Button();
    private final Button next = new Button();
    private Program program;
    private String stepId = "";
    private List<StepReport> reports = List.of();
    private String pageTitle = "";
    private H2 stepTitle = new H2();
    private final ProgramParticipantsService participants;
    private final FormatsService formats;

    public WizardView(ProgramService programs, WizardService wizard, StepContextFactory contexts,
                      CurrentUser currentUser, ProgramParticipantsService participants, FormatsService formats) {
        this.participants = participants;
        this.formats = formats;
        this.programs = programs;
        this.wizard = wizard;
        this.contexts = contexts;
        this.currentUser = currentUser;
        addClassName("ascent-page");
        setSizeFull();
        stepper.addClassName("ascent-stepper");
        stepper.getElement().setAttribute("aria-label", getTranslation("wizard.steps"));
        content.setWidthFull();
        // A wide step (a grid with many columns) scrolls inside its column instead of pushing the guidance away.
        content.getStyle().set("min-width", "0");
        guidance.addClassName("ascent-guidance");
        back.setText(getTranslation("wizard.back"));
        next.setText(getTranslation("wizard.next"));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        back.setId("wizard-back");
        next.setId("wizard-next");
        // Once per view: the view is reused from step to step, and a listener per visit would skip steps.
        back.addClickListener(e -> go(-1));
        next.addClickListener(e -> go(+1));
        saveState.addClassName("ascent-muted");
        saveState.setId("save-state");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Program> found = event.getRouteParameters().get("programId")
                .flatMap(WizardView::parseId)
                .flatMap(programs::find);
        if (found.isEmpty()) {
            pageTitle = getTranslation("wizard.notFound.title");
            add(new H1(pageTitle), new Paragraph(getTranslation("wizard.notFound.message")));
            return;
        }
        // The view is reused from step to step of a program: then the user moved within the wizard.
        boolean movedWithinWizard = program != null && program.id().equals(found.get().id());
        program = found.get();
        stepId = event.getRouteParameters().get("stepId").orElse(ReviewPanel.REVIEW);
        reports = wizard.review(program, getLocale());
        if (!ReviewPanel.REVIEW.equals(stepId) && reports.stream().noneMatch(r -> r.stepId().equals(stepId))) {
            stepId = reports.isEmpty() ? ReviewPanel.REVIEW : reports.getFirst().stepId();
        }
        pageTitle = program.name();
        build();
        if (movedWithinWizard) {
            focusStepTitle();
        }
    }

    /**
     * After a move to another step the focus goes to the step's title, so that a screen reader says
     * where the user is and the keyboard carries on from there, not from the top of the page.
     */
    private void focusStepTitle() {
        stepTitle.getElement().setAttribute("tabindex", "-1");
        stepTitle.getElement().callJsFunction("focus");
    }

    private void build() {
        H1 title = new H1(program.name());
        Span state = new Span(getTranslation("program.state." + program.state().name()));
        state.getElement().getThemeList().add("badge");
        // 360 feedback rounds are a page of the program (they send e-mails and open links without an account).
        RouterLink feedbackRounds = new RouterLink(getTranslation("feedback360.rounds.link"), FeedbackRoundsView.class,
                new RouteParameters("programId", program.id().toString()));
        feedbackRounds.setId("feedback-rounds");
        HorizontalLayout header = new HorizontalLayout(title, state, saveState, feedbackRounds);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        saveState.setText(getTranslation("wizard.saved"));

        renderStepper();
        renderStep();

        // The guidance sits under the stepper so that the step itself gets the width of the page.
        VerticalLayout side = new VerticalLayout(stepper, guidance);
        side.setPadding(false);
        side.addClassName("ascent-wizard-side");
        HorizontalLayout body = new HorizontalLayout(side, content);
        body.setWidthFull();
        body.setFlexGrow(1, content);
        HorizontalLayout navigation = new HorizontalLayout(back, next);
        add(header, body, navigation);
    }

    private void renderStepper() {
        stepper.removeAll();
        int number = 1;
        for (StepReport report : reports) {
            stepper.add(stepperItem(number++ + ". " + report.title(), statusText(report.outcome()), report.stepId()));
        }
        stepper.add(stepperItem(getTranslation("wizard.review"), "", ReviewPanel.REVIEW));
        int index = position();
        back.setEnabled(index > 0);
        next.setVisible(index < reports.size());
    }

    /** A link to the step, so that keyboard and assistive technology reach it as they reach any link. */
    private Component stepperItem(String title, String status, String target) {
        RouterLink item = new RouterLink(WizardView.class,
                new RouteParameters(Map.of("programId", program.id().toString(), "stepId", target)));
        item.addClassName("ascent-stepper-item");
        Div text = new Div(new Div(title));
        if (!status.isEmpty()) {
            Span statusLine = new Span(status);
            statusLine.addClassName("ascent-muted");
            statusLine.getStyle().set("font-size", "var(--lumo-font-size-s)").set("font-weight", "normal");
            text.add(new Div(statusLine));
        }
        item.add(text);
        if (target.equals(stepId)) {
            item.getElement().setAttribute("current", true);
            item.getElement().setAttribute("aria-current", "step");
        }
        return item;
    }

    private String statusText(StepOutcome outcome) {
        return switch (outcome) {
            case StepOutcome.Complete c -> "✓ " + getTranslation("wizard.status.complete");
            case StepOutcome.Incomplete i -> getTranslation("wizard.status.incomplete", i.missing().size());
            case StepOutcome.Failed f -> "⚠ " + getTranslation("wizard.status.failed");
            case StepOutcome.Unavailable u -> "⚠ " + getTranslation("wizard.status.unavailable");
        };
    }

    private void renderStep() {
        content.removeAll();
        guidance.removeAll();
        if (ReviewPanel.REVIEW.equals(stepId)) {
            guidance.setVisible(false);
            stepTitle = new H2(getTranslation("wizard.review"));
            content.add(stepTitle, new ReviewPanel(program, reports, currentUser.hasRole(Role.HR), wizard, this::reloadAfterLaunch,
                    () -> new ParticipantsDialog(participants, formats, program.id()).open()));
            return;
        }
        StepReport report = reports.stream().filter(r -> r.stepId().equals(stepId)).findFirst().orElseThrow();
        GuardedStep step = report.entry().step();
        stepTitle = new H2(report.title());
        if (step == null) {
            guidance.setVisible(false);
            content.add(stepTitle, problemPanel(getTranslation("wizard.unavailable.title"),
                    getTranslation("wizard.unavailable.message", report.stepId())));
            return;
        }
        try {
            StepGuidance help = step.guidance(getLocale());
            guidance.add(new H2(getTranslation("wizard.guidance.title")),
                    guidanceSection("wizard.guidance.why", help.why()),
                    guidanceSection("wizard.guidance.good", help.goodLooksLike()),
                    guidanceSection("wizard.guidance.example", help.example()));
            guidance.setVisible(true);
            content.add(stepTitle, new Paragraph(step.description(getLocale())));
            content.add(step.createView(contexts.create(program, step, getLocale(), new ShellChanges())));
        } catch (StepFailedException e) {
            content.removeAll();
            content.add(stepTitle, problemPanel(getTranslation("wizard.failed.title"),
                    getTranslation("wizard.failed.message", e.pluginId())));
        }
    }

    private Component guidanceSection(String headingKey, String text) {
        Div section = new Div(new Span(getTranslation(headingKey)), new Paragraph(text));
        section.getChildren().findFirst().ifPresent(c -> ((Span) c).getStyle().set("font-weight", "600"));
        return section;
    }

    private Component problemPanel(String title, String message) {
        Div panel = new Div(new H3(title), new Paragraph(message));
        panel.addClassName("ascent-error-panel");
        panel.getElement().setAttribute("role", "alert");
        return panel;
    }

    private int position() {
        for (int i = 0; i < reports.size(); i++) {
            if (reports.get(i).stepId().equals(stepId)) {
                return i;
            }
        }
        return reports.size();
    }

    private void go(int delta) {
        int target = Math.max(0, Math.min(reports.size(), position() + delta));
        navigate(target == reports.size() ? ReviewPanel.REVIEW : reports.get(target).stepId());
    }

    private void navigate(String target) {
        getUI().ifPresent(ui -> ui.navigate("programs/" + program.id() + "/steps/" + target));
    }

    private void reloadAfterLaunch() {
        navigate(ReviewPanel.REVIEW);
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    private static Optional<UUID> parseId(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " · " + getTranslation("app.name");
    }

    /** The save indicator and the stepper follow what the step reports. */
    private final class ShellChanges implements StepChanges {

        @Override
        public void unsaved() {
            saveState.setText(getTranslation("wizard.unsaved"));
        }

        @Override
        public void saved() {
            saveState.setText(getTranslation("wizard.saved"));
            reports = wizard.review(program, getLocale());
            renderStepper();
        }
    }
}
