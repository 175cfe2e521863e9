package com.ascent.app.security.ui;

import com.ascent.app.format.FormatsService;
import com.ascent.app.security.CurrentUser;
import com.ascent.app.security.InvitationService;
import com.ascent.app.security.Member;
import com.ascent.app.security.Membership;
import com.ascent.app.security.PendingInvitation;
import com.ascent.app.security.Role;
import com.ascent.app.security.UserAdministrationService;
import com.ascent.app.ui.Notifications;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.format.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;

/**
 * The organization's users and their roles, and the invitations nobody has answered yet;
 * administrators invite people, change roles, reset forgotten passwords, remove users and revoke
 * invitations.
 */
@Route("admin/users")
@Menu(title = "nav.users", order = 8)
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdministrationService users;
    private final InvitationService invitations;
    private final Formats formats;
    private final UUID you;
    private final String organizationName;
    private final Grid<Member> grid = new Grid<>();
    private final Grid<PendingInvitation> pending = new Grid<>();
    private final VerticalLayout pendingSection = new VerticalLayout();

    public UsersView(UserAdministrationService users, InvitationService invitations, CurrentUser currentUser,
                     FormatsService formatsService) {
        this.users = users;
        this.invitations = invitations;
        this.formats = formatsService.current(getLocale());
        this.you = currentUser.require().id();
        this.organizationName = currentUser.require().activeMembership().map(Membership::organizationName).orElse("");
        addClassName("ascent-page");
        setSizeFull();

        Button invite = new Button(getTranslation("users.invite"),
                e -> new InviteDialog(invitations, formats, organizationName, this::refresh).open());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.setId("invite-user");
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("users.title")), invite);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(Alignment.CENTER);
        Paragraph intro = new Paragraph(getTranslation("users.intro", organizationName));
        intro.addClassName("ascent-muted");

        grid.setId("users");
        grid.addColumn(m -> m.userId().equals(you) ? getTranslation("users.you", m.displayName()) : m.displayName())
                .setHeader(getTranslation("users.name")).setFlexGrow(2);
        grid.addColumn(Member::email).setHeader(getTranslation("users.email")).setFlexGrow(2);
        grid.addComponentColumn(this::roleCell).setHeader(getTranslation("users.role")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("users.actions")).setAutoWidth(true);

        pending.setId("invitations");
        pending.setAllRowsVisible(true);
        pending.addColumn(PendingInvitation::email).setHeader(getTranslation("users.email")).setFlexGrow(2);
        pending.addColumn(i -> roleName(i.role())).setHeader(getTranslation("users.role")).setAutoWidth(true);
        pending.addColumn(PendingInvitation::invitedBy).setHeader(getTranslation("users.invitations.invitedBy"))
                .setFlexGrow(1);
        pending.addColumn(i -> formats.dateTime(i.expiresAt().atZone(formats.zone())))
                .setHeader(getTranslation("users.invitations.validUntil")).setAutoWidth(true);
        pending.addComponentColumn(this::revokeButton).setHeader(getTranslation("users.actions")).setAutoWidth(true);
        Paragraph pendingIntro = new Paragraph(getTranslation("users.invitations.intro"));
        pendingIntro.addClassName("ascent-muted");
        pendingSection.setPadding(false);
        pendingSection.add(new H2(getTranslation("users.invitations.title")), pendingIntro, pending);

        add(header, intro, grid, pendingSection);
        refresh();
    }

    private Component roleCell(Member member) {
        if (member.userId().equals(you)) {
            return new Span(roleName(member.role()));
        }
        Select<Role> role = new Select<>();
        // A participant may be made staff; staff become participants by an invitation naming their person.
        role.setItems(member.role() == Role.PARTICIPANT ? List.of(Role.values()) : Role.staff());
        role.setItemLabelGenerator(this::roleName);
        role.setValue(member.role());
        role.setAriaLabel(getTranslation("users.role"));
        role.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                changeRole(member, e.getValue());
            }
        });
        return role;
    }

    private void changeRole(Member member, Role role) {
        try {
            Member changed = users.changeRole(member, role);
            Notifications.success(getTranslation("users.roleChanged", changed.displayName(), roleName(changed.role())));
        } catch (InvalidInputException | ConcurrentEditException e) {
            Notifications.error(getTranslation(e.getMessage()));
        }
        refresh();
    }

    private Component actions(Member member) {
        Button reset = new Button(getTranslation("users.reset"), e -> confirmReset(member));
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button remove = new Button(getTranslation("users.remove"), e -> confirmRemove(member));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(reset, remove);
        actions.setSpacing(false);
        // Your own password you change yourself (Preferences), your own access another administrator changes.
        actions.setVisible(!member.userId().equals(you));
        return actions;
    }

    private void confirmReset(Member member) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("users.reset.title", member.displayName()),
                getTranslation("users.reset.message", member.displayName()),
                getTranslation("users.reset"), e -> reset(member));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private void reset(Member member) {
        String temporary;
        try {
            temporary = users.resetPassword(member);
        } catch (InvalidInputException | ConcurrentEditException e) {
            Notifications.error(getTranslation(e.getMessage(), member.displayName()));
            refresh();
            return;
        }
        Dialog shown = new Dialog();
        shown.setHeaderTitle(getTranslation("users.reset.done.title", member.displayName()));
        TextField password = new TextField(getTranslation("users.reset.done.password"));
        password.setId("temporary-password");
        password.setValue(temporary);
        password.setReadOnly(true);
        password.setWidthFull();
        Paragraph howTo = new Paragraph(getTranslation("users.reset.done.message", member.displayName()));
        shown.add(password, howTo);
        shown.setWidth("32rem");
        Button done = new Button(getTranslation("users.invite.done"), e -> shown.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        shown.getFooter().add(done);
        shown.open();
    }

    private void confirmRemove(Member member) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("users.remove.title", member.displayName()),
                getTranslation("users.remove.message", member.displayName(), organizationName),
                getTranslation("users.remove"), e -> remove(member));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private void remove(Member member) {
        try {
            users.remove(member);
            Notifications.success(getTranslation("users.removed", member.displayName(), organizationName));
        } catch (InvalidInputException | ConcurrentEditException e) {
            Notifications.error(getTranslation(e.getMessage()));
        }
        refresh();
    }

    private Component revokeButton(PendingInvitation invitation) {
        Button revoke = new Button(getTranslation("users.invitations.revoke"), e -> {
            invitations.revoke(invitation);
            Notifications.success(getTranslation("users.invitations.revoked", invitation.email()));
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return revoke;
    }

    private String roleName(Role role) {
        return getTranslation("users.role." + role.name());
    }

    private void refresh() {
        grid.setItems(users.members());
        List<PendingInvitation> open = invitations.pending();
        pending.setItems(open);
        pendingSection.setVisible(!open.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · " + getTranslation("app.name");
    }
}
