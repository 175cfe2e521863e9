package com.ascent.app.organizationdata.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where an administrator lands after erasing their organization: signed out if it was their only
 * one (their account is gone too), otherwise on their way to another of their organizations.
 */
@Route(value = OrganizationErasedView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class OrganizationErasedView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "organization-erased";

    public OrganizationErasedView() {
        setId("organization-erased");
        setSizeFull();
        // Outside the main layout: the page is its own main landmark.
        getElement().setAttribute("role", "main");
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        add(new H1(getTranslation("orgdata.erased.title")), new Paragraph(getTranslation("orgdata.erased.message")),
                new Anchor(".", getTranslation("orgdata.erased.continue")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("orgdata.erased.title");
    }
}
