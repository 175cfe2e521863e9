package com.ascent.app.ui;

import com.ascent.app.participation.ui.MyProgramView;
import com.ascent.app.program.ui.ProgramsView;
import com.ascent.app.security.CurrentUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Where signing in lands: the programs for the organization's staff, My program for a participant
 * (who has no staff page). Shows nothing itself.
 */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.participantOnly()) {
            event.forwardTo(MyProgramView.class);
        } else {
            event.rerouteTo(ProgramsView.class);
        }
    }
}
