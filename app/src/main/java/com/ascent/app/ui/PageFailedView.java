package com.ascent.app.ui;

import com.ascent.app.database.DatabaseUnavailable;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown instead of a page that could not be built. When the database cannot be reached (whatever
 * wraps the failure: a timeout of the connection pool, a broken pooled connection, a refused
 * connection) the page says Ascent is temporarily unavailable and offers to try again; nothing
 * has to be restarted. Any other failure is logged for the administrator and the user reads that
 * nothing was saved, never a stack trace. More specific errors (page not found, access denied)
 * keep Vaadin's own pages.
 */
@AnonymousAllowed
public class PageFailedView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(PageFailedView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        setSizeFull();
        // Outside the main layout: the page is its own main landmark.
        getElement().setAttribute("role", "main");
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        Anchor retry = new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("unavailable.retry"));
        if (DatabaseUnavailable.causes(parameter.getCaughtException())) {
            setId("database-unavailable");
            add(new H1(getTranslation("unavailable.title")), new Paragraph(getTranslation("unavailable.message")), retry);
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("A page could not be shown: {}", event.getLocation().getPath(), parameter.getCaughtException());
        setId("page-failed");
        add(new H1(getTranslation("page.failed.title")), new Paragraph(getTranslation("common.error.unexpected")), retry);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
