package com.ascent.app.ui;

import com.ascent.app.format.FormatsService;
import com.ascent.app.organization.OrganizationService;
import com.ascent.app.organization.ui.OrganizationSwitcher;
import com.ascent.app.security.CurrentUser;
import com.ascent.app.security.InvitationService;
import com.ascent.app.security.UserPreferencesService;
import com.ascent.app.security.ui.InvitationsNotice;
import com.ascent.app.security.ui.PreferencesDialog;
import com.ascent.app.security.ui.SessionExpiryWarning;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

/**
 * The frame of every signed-in screen: navigation (each view registers itself with
 * {@code @Menu(title = "<translation key>")}), the organization the user works in with a switch
 * for consultants who serve several ({@link OrganizationSwitcher}), and sign-out. The header is the page's banner landmark and
 * every view is shown inside its one main landmark. The tab is bound to the organization its
 * header shows ({@link CurrentUser#bindTab}), and warns before an idle session ends.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    private final Main main = new Main();

    public MainLayout(CurrentUser currentUser, UserPreferencesService preferences, FormatsService formats,
                      InvitationService invitations, OrganizationService organizations) {
        Span appName = new Span(getTranslation("app.name"));
        appName.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), appName);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.getStyle().set("padding-right", "var(--lumo-space-m)");

        currentUser.get().ifPresent(user -> {
            currentUser.bindTab(UI.getCurrent());
            Span spacer = new Span();
            header.add(spacer);
            header.expand(spacer);
            header.add(new InvitationsNotice(invitations, currentUser), new OrganizationSwitcher(currentUser, organizations));
            Span name = new Span(user.displayName());
            name.addClassName("ascent-muted");
            Button preferencesButton = new Button(getTranslation("layout.preferences"),
                    e -> new PreferencesDialog(preferences, formats).open());
            preferencesButton.setId("open-preferences");
            preferencesButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button logout = new Button(getTranslation("layout.logout"), e -> currentUser.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            header.add(name, preferencesButton, logout, new SessionExpiryWarning());
        });
        Header banner = new Header(header);
        banner.setWidthFull();
        addToNavbar(banner);
        addToDrawer(navigation());
        main.addClassName("ascent-main");
        setContent(main);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        main.getElement().removeAllChildren();
        if (view != null) {
            main.getElement().appendChild(view.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path()));
        }
        return nav;
    }
}
