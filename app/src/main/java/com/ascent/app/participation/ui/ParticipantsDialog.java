package com.ascent.app.participation.ui;

import com.ascent.app.format.FormatsService;
import com.ascent.app.participation.Invitee;
import com.ascent.app.participation.ProgramParticipantsService;
import com.ascent.app.security.InvitationService;
import com.ascent.app.ui.Notifications;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.format.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The people of a program and their access as participants: HR invites them all at once (when the
 * program launches) or one by one; each invitation goes by e-mail with a single-use link.
 */
public class ParticipantsDialog extends Dialog {

    private final ProgramParticipantsService participants;
    private final UUID programId;
    private final Formats formats;
    private final Grid<Invitee> grid = new Grid<>();
    private final Button inviteAll = new Button();

    public ParticipantsDialog(ProgramParticipantsService participants, FormatsService formatsService, UUID programId) {
        this.participants = participants;
        this.programId = programId;
        this.formats = formatsService.current(getLocale());
        setHeaderTitle(getTranslation("participants.invite.title"));
        setWidth("56rem");
        Paragraph intro = new Paragraph(getTranslation("participants.invite.intro"));
        intro.addClassName("ascent-muted");
        grid.setId("program-participants");
        grid.setAllRowsVisible(true);
        grid.addColumn(Invitee::name).setHeader(getTranslation("participants.invite.name")).setFlexGrow(2);
        grid.addColumn(Invitee::email).setHeader(getTranslation("participants.invite.email")).setFlexGrow(2);
        grid.addColumn(i -> i.roles().stream().sorted().map(r -> getTranslation("participants.invite.role." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("participants.invite.roles"));
        grid.addColumn(this::state).setHeader(getTranslation("participants.invite.state")).setFlexGrow(2);
        grid.addComponentColumn(this::action).setAutoWidth(true);
        inviteAll.setId("invite-all-participants");
        inviteAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        inviteAll.addClickListener(e -> write(() -> Notifications.success(getTranslation("participants.invite.sentAll",
                participants.inviteAll(programId)))));
        add(intro, grid);
        Button close = new Button(getTranslation("participants.invite.close"), e -> close());
        getFooter().add(close, inviteAll);
        refresh();
    }

    private void refresh() {
        List<Invitee> invitees = participants.invitees(programId);
        grid.setItems(invitees);
        long open = invitees.stream().filter(Invitee::toInvite).count();
        inviteAll.setText(getTranslation("participants.invite.all", open));
        inviteAll.setEnabled(open > 0);
    }

    private String state(Invitee invitee) {
        if (invitee.access().joined()) {
            return getTranslation("participants.invite.joined");
        }
        if (invitee.access().invitationExpiry() != null) {
            return getTranslation("participants.invite.invitedUntil",
                    formats.dateTime(invitee.access().invitationExpiry().atZone(formats.zone())));
        }
        return getTranslation(InvitationService.invitable(invitee.email()) ? "participants.invite.notInvited"
                : "participants.invite.noEmail");
    }

    private Component action(Invitee invitee) {
        if (invitee.access().joined() || !InvitationService.invitable(invitee.email())) {
            return new Span();
        }
        Button invite = new Button(getTranslation(invitee.access().invitationExpiry() == null
                ? "participants.invite.one" : "participants.invite.again"), e -> write(() -> {
                    participants.invite(programId, invitee.personId());
                    Notifications.success(getTranslation("participants.invite.sent", invitee.name(), invitee.email()));
                }));
        invite.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return invite;
    }

    private void write(Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException | ConcurrentEditException refused) {
            Notifications.error(getTranslation(refused.getMessage()));
        }
        refresh();
    }
}
