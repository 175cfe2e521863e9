package com.ascent.app.organization.ui;

import com.ascent.app.organization.OrganizationService;
import com.ascent.app.security.AscentUser;
import com.ascent.app.security.CurrentUser;
import com.ascent.app.security.Membership;
import com.ascent.app.security.Role;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The organization the user works in, in the header: always shown (also with only one, so that a
 * consultant finds where to switch), a switch to each of their organizations, and a "+" to create
 * one when they may. Switching keeps the user on the same kind of page: the list they were looking
 * at, or the list a program's or other item's page belongs to (an item of one organization is never
 * in another); a page they may not see in the other organization leads to its start page.
 */
public class OrganizationSwitcher extends HorizontalLayout {

    private final CurrentUser currentUser;
    private final Select<Membership> organizations = new Select<>();
    private @Nullable Registration organizationsChanged;

    public OrganizationSwitcher(CurrentUser currentUser, OrganizationService organizationService) {
        this.currentUser = currentUser;
        setSpacing(false);
        setAlignItems(Alignment.CENTER);
        organizations.setId("organization-switcher");
        organizations.setAriaLabel(getTranslation("layout.organization"));
        // Wide enough for most whole names: a cut-off name leaves a consultant unsure whose data this is.
        // A longer one ends in an ellipsis, the whole name in the tooltip (title).
        organizations.setWidth("18em");
        organizations.setItemLabelGenerator(Membership::organizationName);
        organizations.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                switchTo(e.getValue());
            }
        });
        Button create = new Button(VaadinIcon.PLUS.create(), e -> OrganizationNameDialog
                .forCreation(organizationService::create, created -> {
                    currentUser.switchOrganization(created.id());
                    UI.getCurrent().getPage().setLocation("programs");
                }).open());
        create.setId("switcher-create-organization");
        create.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        create.setAriaLabel(getTranslation("organizations.switcher.create"));
        create.setTooltipText(getTranslation("organizations.switcher.create"));
        create.setVisible(organizationService.canCreate());
        show();
        add(organizations, create);
    }

    /** Lists the user's organizations as the session knows them, the active one chosen. */
    private void show() {
        AscentUser user = currentUser.require();
        Optional<Membership> active = user.activeMembership();
        organizations.setItems(user.memberships());
        organizations.setValue(active.orElse(null));
        organizations.setPlaceholder(getTranslation("layout.noOrganization"));
        organizations.getElement().setAttribute("title", active.map(Membership::organizationName).orElse(""));
    }

    private void switchTo(Membership target) {
        String page = samePageKind(UI.getCurrent().getInternals().getActiveViewLocation().getPath(), target.role());
        currentUser.switchOrganization(target.organizationId());
        // A reload, not an update in place: nothing of the previous organization stays on screen.
        UI.getCurrent().getPage().setLocation(page);
    }

    /**
     * The page of the same kind in an organization where the user has {@code role}: {@code path} up
     * to its first item id (a program's page leads to the programs), or the start page when the
     * user may not see it there.
     */
    static String samePageKind(String path, Role role) {
        StringBuilder kept = new StringBuilder();
        for (String segment : path.split("/")) {
            if (isId(segment)) {
                break;
            }
            if (!segment.isEmpty()) {
                kept.append(kept.isEmpty() ? "" : "/").append(segment);
            }
        }
        String page = kept.toString();
        boolean allowed = RouteConfiguration.forApplicationScope().getRoute(page)
                .map(view -> mayOpen(view, role)).orElse(false);
        return allowed ? page : "";
    }

    private static boolean mayOpen(Class<? extends Component> view, Role role) {
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        // Roles are ordered from the most rights (ADMIN) down, and each has the rights of those below it.
        return roles == null || Arrays.stream(roles.value()).anyMatch(r -> role.ordinal() <= Role.valueOf(r).ordinal());
    }

    private static boolean isId(String segment) {
        try {
            UUID.fromString(segment);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        organizationsChanged = ComponentUtil.addListener(attachEvent.getUI(), OrganizationsChanged.class, e -> show());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (organizationsChanged != null) {
            organizationsChanged.remove();
            organizationsChanged = null;
        }
    }
}
