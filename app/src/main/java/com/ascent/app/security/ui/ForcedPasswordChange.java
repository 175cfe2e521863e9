package com.ascent.app.security.ui;

import com.ascent.app.security.AscentUser;
import com.ascent.app.security.CurrentUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A user who signed in with a password an administrator reset sees "Choose a new password" whatever
 * page they ask for, until they have chosen one. Every screen of Ascent is a route, so guarding
 * navigation guards them all (downloads are links on those screens).
 */
@Component
class ForcedPasswordChange implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    ForcedPasswordChange(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::redirect));
    }

    private void redirect(BeforeEnterEvent event) {
        boolean mustChange = currentUser.get().map(AscentUser::mustChangePassword).orElse(false);
        // Error pages (Ascent temporarily unavailable) stay what they are.
        if (mustChange && event.getNavigationTarget() != ChangePasswordView.class
                && !HasErrorParameter.class.isAssignableFrom(event.getNavigationTarget())) {
            event.forwardTo(ChangePasswordView.class);
        }
    }
}
