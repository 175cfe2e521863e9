package com.ascent.app.wizard.ui;

import com.ascent.app.program.Program;
import com.ascent.app.ui.Notifications;
import com.ascent.app.wizard.StepOutcome;
import com.ascent.app.wizard.StepReport;
import com.ascent.app.wizard.WizardService;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.model.ProgramState;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** "Review & launch": every step's status in one place, and the launch once nothing blocks it. */
class ReviewPanel extends VerticalLayout {

    /** The step id of the review page in the wizard's route. */
    static final String REVIEW = "review";

    /** @param inviteParticipants opens the program's participants, for HR to invite them once it runs */
    ReviewPanel(Program program, List<StepReport> reports, boolean canLaunch, WizardService wizard, Runnable afterLaunch,
                Runnable inviteParticipants) {
        setPadding(false);
        int number = 1;
        for (StepReport report : reports) {
            add(section(number++, report));
        }
        boolean blocked = reports.stream().anyMatch(StepReport::blocksLaunch);
        if (program.state() == ProgramState.DRAFT) {
            Paragraph summary = new Paragraph(getTranslation(blocked ? "review.blocked" : "review.ready"));
            Button launch = new Button(getTranslation("review.launch"), e -> {
                try {
                    WizardService.LaunchResult result = wizard.launch(program, getLocale());
                    if (result.launched()) {
                        Notifications.success(getTranslation("review.launched", program.name()));
                        afterLaunch.run();
                    } else {
                        Notifications.error(getTranslation("review.blocked"));
                    }
                } catch (ConcurrentEditException ex) {
                    Notifications.error(getTranslation(ex.getMessage()));
                }
            });
            launch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            launch.setEnabled(canLaunch && !blocked);
            launch.setId("launch");
            add(summary, launch);
        } else {
            add(new Paragraph(getTranslation("review.state." + program.state().name())));
            if (program.state() == ProgramState.RUNNING && canLaunch) {
                Button invite = new Button(getTranslation("participants.invite.open"), e -> inviteParticipants.run());
                invite.setId("invite-participants");
                add(new Paragraph(getTranslation("participants.invite.afterLaunch")), invite);
            }
        }
    }

    private Div section(int number, StepReport report) {
        Div section = new Div(new H3(number + ". " + report.title()));
        switch (report.outcome()) {
            case StepOutcome.Complete c -> section.add(new Paragraph("✓ " + getTranslation("wizard.status.complete")));
            case StepOutcome.Incomplete i -> {
                UnorderedList missing = new UnorderedList();
                i.missing().forEach(m -> missing.add(new ListItem(m)));
                section.add(new Paragraph(getTranslation("review.missing")), missing);
            }
            case StepOutcome.Failed f -> section.add(new Paragraph(getTranslation("wizard.failed.message", f.pluginId())));
            case StepOutcome.Unavailable u ->
                    section.add(new Paragraph(getTranslation("wizard.unavailable.message", report.stepId())));
        }
        if (!report.required()) {
            section.add(new Paragraph(getTranslation("review.optional")));
        }
        return section;
    }
}
