package com.ascent.app.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLTransientConnectionException;

/**
 * Shown instead of a page whose data could not be read because the database cannot be reached:
 * the connection pool gives up after its connection timeout (a few seconds) with this exception,
 * whatever wraps it. The page offers to try again; nothing has to be restarted.
 */
@AnonymousAllowed
public class DatabaseUnavailableView extends VerticalLayout implements HasErrorParameter<SQLTransientConnectionException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<SQLTransientConnectionException> parameter) {
        removeAll();
        setId("database-unavailable");
        setSizeFull();
        // Outside the main layout: the page is its own main landmark.
        getElement().setAttribute("role", "main");
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        add(new H1(getTranslation("unavailable.title")), new Paragraph(getTranslation("unavailable.message")),
                new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("unavailable.retry")));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
