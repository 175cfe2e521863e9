package com.ascent.plugins.examples.sponsor;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.calendar.ProgramFramework;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Optional;

/** What the sponsor approves (the framework as saved), their approval, and the form to record it. */
final class SignOffView extends VerticalLayout {

    private final StepContext context;
    private final Translator messages;

    SignOffView(StepContext context) {
        this.context = context;
        this.messages = context.messages();
        setId("sponsor-sign-off");
        setPadding(false);
        refresh();
    }

    private void refresh() {
        removeAll();
        Optional<ProgramFramework> framework = context.calendar().framework();
        Optional<SignOff> signOff = SignOff.read(context.records());
        add(new H3(messages.get("approves.heading")));
        if (framework.isEmpty()) {
            add(paragraph("sponsor-no-framework", messages.get("approves.noFramework")));
            return;
        }
        var structure = framework.get().structure();
        add(paragraph("sponsor-framework", messages.get("approves.summary", structure.startDate(), structure.endDate(),
                context.roster().confirmedPairs().size(), context.calendar().events().size())));

        boolean current = signOff.isPresent() && signOff.get().frameworkVersion() == framework.get().version();
        if (current) {
            SignOff approval = signOff.get();
            add(paragraph("sponsor-approved", messages.get("approval.done", approval.sponsor(), approval.approvedOn())));
            if (!approval.comment().isBlank()) {
                add(paragraph("sponsor-approved-comment", messages.get("approval.comment", approval.comment())));
            }
            Button withdraw = new Button(messages.get("approval.withdraw"), e -> write(() ->
                    context.records().remove(SignOff.KEY, approval.recordVersion())));
            withdraw.setId("sponsor-withdraw");
            withdraw.setVisible(context.canEdit());
            add(withdraw);
            return;
        }
        signOff.ifPresent(outdated -> add(paragraph("sponsor-outdated",
                messages.get("approval.outdated", outdated.sponsor(), outdated.approvedOn()))));
        if (context.canEdit()) {
            add(form(framework.get(), signOff.map(SignOff::recordVersion).orElse(0L)));
        }
    }

    private VerticalLayout form(ProgramFramework framework, long recordVersion) {
        TextField sponsor = new TextField(messages.get("form.sponsor"));
        sponsor.setId("sponsor-name");
        sponsor.setWidth("24rem");
        sponsor.setHelperText(messages.get("form.sponsorHelp"));
        TextArea comment = new TextArea(messages.get("form.comment"));
        comment.setId("sponsor-comment");
        comment.setWidth("36rem");
        Button approve = new Button(messages.get("form.approve"), e -> {
            if (sponsor.getValue().isBlank()) {
                sponsor.setErrorMessage(messages.get("form.sponsorRequired"));
                sponsor.setInvalid(true);
                return;
            }
            SignOff approval = new SignOff(sponsor.getValue().trim(), LocalDate.now(), framework.version(),
                    comment.getValue().trim(), recordVersion);
            try {
                context.records().put(SignOff.KEY, recordVersion, approval.encode());
                saved();
            } catch (InvalidInputException ex) {
                comment.setErrorMessage(ex.getMessage());
                comment.setInvalid(true);
            } catch (ConcurrentEditException ex) {
                error(ex.getMessage());
                refresh();
            }
        });
        approve.setId("sponsor-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(new H3(messages.get("form.heading")), sponsor, comment, approve);
        form.setPadding(false);
        return form;
    }

    private void write(Runnable change) {
        try {
            change.run();
            saved();
        } catch (ConcurrentEditException e) {
            error(e.getMessage());
            refresh();
        }
    }

    private void saved() {
        context.changes().saved();
        refresh();
    }

    private static Paragraph paragraph(String id, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        return paragraph;
    }

    private static void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
