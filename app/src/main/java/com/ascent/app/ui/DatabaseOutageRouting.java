package com.ascent.app.ui;

import com.ascent.app.database.DatabaseUnavailable;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.stereotype.Component;

/**
 * When an earlier step of the same request (refreshing the signed-in user's memberships) already
 * found the database unreachable, navigation goes straight to {@link PageFailedView}
 * (the "temporarily unavailable" page)
 * rather than waiting for the connection timeout a second time.
 */
@Component
class DatabaseOutageRouting implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(DatabaseOutageRouting::reroute));
    }

    private static void reroute(BeforeEnterEvent event) {
        DatabaseUnavailable.foundIn(VaadinServletRequest.getCurrent()).ifPresent(failure -> event.rerouteToError(failure, ""));
    }
}
