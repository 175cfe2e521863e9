package com.ascent.app.organization.ui;

import com.ascent.app.organization.Organization;
import com.ascent.app.organization.OrganizationService;
import com.ascent.app.ui.Notifications;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;

/**
 * The signed-in user's organizations: everyone sees theirs and their role in each; administrators
 * of an organization rename, archive and unarchive it; who may create one is the operator's choice.
 */
@Route("organizations")
@Menu(title = "nav.organizations", order = 8.9)
// Staff only: a participant's one page is My program (HomeView sends them there).
@RolesAllowed({"VIEWER", "HR", "ADMIN"})
public class OrganizationsView extends VerticalLayout implements HasDynamicTitle {

    private final OrganizationService organizations;
    private final Grid<Organization> grid = new Grid<>();

    public OrganizationsView(OrganizationService organizations) {
        this.organizations = organizations;
        addClassName("ascent-page");
        setSizeFull();

        Button create = new Button(getTranslation("organizations.create"), e -> OrganizationNameDialog
                .forCreation(organizations::create, this::created).open());
        create.setId("create-organization");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(organizations.canCreate());
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("organizations.title")), create);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(Alignment.CENTER);
        Paragraph intro = new Paragraph(getTranslation("organizations.intro"));
        intro.addClassName("ascent-muted");

        grid.setId("organizations");
        grid.addColumn(Organization::name).setHeader(getTranslation("organizations.column.name")).setFlexGrow(2);
        grid.addColumn(o -> getTranslation("users.role." + o.role().name()))
                .setHeader(getTranslation("organizations.column.role")).setAutoWidth(true);
        grid.addColumn(o -> getTranslation(o.archived() ? "organizations.status.archived" : "organizations.status.active"))
                .setHeader(getTranslation("organizations.column.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("users.actions")).setAutoWidth(true);
        add(header, intro, grid);
        refresh();
    }

    private Component actions(Organization organization) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (!organization.administered()) {
            return actions;
        }
        if (organization.archived()) {
            actions.add(rowAction(new Button(getTranslation("organizations.unarchive"), e -> change(
                    () -> organizations.unarchive(organization), "organizations.unarchived")), "organizations.unarchive.for",
                    organization));
        } else {
            actions.add(rowAction(new Button(getTranslation("organizations.rename"), e -> OrganizationNameDialog
                    .forRenaming(organization, name -> organizations.rename(organization, name), renamed -> {
                        Notifications.success(getTranslation("organizations.renamed", renamed.name()));
                        organizationsChanged();
                    }).open()), "organizations.rename.for", organization));
            Button archive = rowAction(new Button(getTranslation("organizations.archive"),
                    e -> confirmArchive(organization)), "organizations.archive.for", organization);
            archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(archive);
        }
        return actions;
    }

    /** A row's action; its accessible name says which organization it acts on (every row has the same buttons). */
    private Button rowAction(Button button, String labelKey, Organization organization) {
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation(labelKey, organization.name()));
        return button;
    }

    private void confirmArchive(Organization organization) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("organizations.archive.title", organization.name()),
                getTranslation("organizations.archive.message", organization.name()),
                getTranslation("organizations.archive"),
                e -> change(() -> organizations.archive(organization), "organizations.archived"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    /** Archives or unarchives, then says so with the organization's name. */
    private void change(Supplier<Organization> change, String successKey) {
        try {
            Organization changed = change.get();
            Notifications.success(getTranslation(successKey, changed.name()));
        } catch (InvalidInputException | ConcurrentEditException e) {
            Notifications.error(getTranslation(e.getMessage()));
        }
        refresh();
    }

    private void created(Organization organization) {
        Notifications.success(getTranslation("organizations.created", organization.name()));
        organizationsChanged();
    }

    /** The list and the switcher in the header show the organizations as they are now. */
    private void organizationsChanged() {
        refresh();
        ComponentUtil.fireEvent(UI.getCurrent(), new OrganizationsChanged(UI.getCurrent()));
    }

    private void refresh() {
        grid.setItems(organizations.mine());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organizations.title");
    }
}
