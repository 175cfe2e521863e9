package com.ascent.app.ui;

import com.ascent.app.security.AscentUser;
import com.ascent.app.security.CurrentUser;
import com.ascent.app.security.Membership;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * What a tab does once the user switched organization in another tab (see
 * {@link CurrentUser#switchedElsewhere}): its next click or navigation is refused, and the tab
 * reloads into the organization the session works in now, saying so. A reload, not an update in
 * place, so that no dialog or half-filled form of the old organization survives into the new one.
 */
@Component
class TabReload implements VaadinServiceInitListener {

    /** Marks the reloaded page, which then tells the user why it changed. */
    private static final String SWITCHED_PARAMETER = "organization-switched";
    /** The start page, as the organization switch in the header opens it, marked. */
    private static final String RELOAD = "?" + SWITCHED_PARAMETER;

    private final CurrentUser currentUser;

    TabReload(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            init.getUI().addBeforeEnterListener(this::refuseNavigationOfAnOutdatedTab);
            init.getUI().addAfterNavigationListener(this::explainTheReload);
        });
    }

    /** Whether {@code ui} shows another organization than the session's; if so, reloads it. */
    boolean reloadedIfOutdated(UI ui) {
        if (!currentUser.switchedElsewhere(ui)) {
            return false;
        }
        ui.getPage().setLocation(RELOAD);
        return true;
    }

    private void refuseNavigationOfAnOutdatedTab(BeforeEnterEvent event) {
        if (currentUser.switchedElsewhere(event.getUI())) {
            event.forwardToUrl(RELOAD);
        }
    }

    private void explainTheReload(AfterNavigationEvent event) {
        Location location = event.getLocation();
        if (!location.getQueryParameters().getParameters().containsKey(SWITCHED_PARAMETER)) {
            return;
        }
        UI ui = event.getLocationChangeEvent().getUI();
        currentUser.get().flatMap(AscentUser::activeMembership).map(Membership::organizationName).ifPresent(name ->
                Notifications.notice(ui.getTranslation("layout.organizationSwitchedElsewhere", name)));
        // The address loses the marker, so that reloading the page later does not say it again.
        ui.getPage().getHistory().replaceState(null, new Location(location.getPath(), QueryParameters.empty()));
    }
}
