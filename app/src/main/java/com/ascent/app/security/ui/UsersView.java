package com.ascent.app.security.ui;

import com.ascent.app.security.CurrentUser;
import com.ascent.app.security.Member;
import com.ascent.app.security.Membership;
import com.ascent.app.security.Role;
import com.ascent.app.security.UserAdministrationService;
import com.ascent.app.ui.Notifications;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;

/** The organization's users and their roles; administrators add, change and remove them. */
@Route("admin/users")
@Menu(title = "nav.users", order = 8)
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdministrationService users;
    private final UUID you;
    private final String organizationName;
    private final Grid<Member> grid = new Grid<>();

    public UsersView(UserAdministrationService users, CurrentUser currentUser) {
        this.users = users;
        this.you = currentUser.require().id();
        this.organizationName = currentUser.require().activeMembership().map(Membership::organizationName).orElse("");
        addClassName("ascent-page");
        setSizeFull();

        Button add = new Button(getTranslation("users.add"), e -> new UserDialog(users, organizationName, this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-user");
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("users.title")), add);
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
        add(header, intro, grid);
        refresh();
    }

    private Component roleCell(Member member) {
        if (member.userId().equals(you)) {
            return new Span(roleName(member.role()));
        }
        Select<Role> role = new Select<>();
        role.setItems(Role.values());
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
        Button remove = new Button(getTranslation("users.remove"), e -> confirmRemove(member));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setVisible(!member.userId().equals(you));
        return remove;
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

    private String roleName(Role role) {
        return getTranslation("users.role." + role.name());
    }

    private void refresh() {
        grid.setItems(users.members());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · " + getTranslation("app.name");
    }
}
