package com.ascent.app.security.ui;

import com.ascent.app.security.SignInLog;
import com.ascent.app.security.SignInRecord;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The sign-in attempts of the organization's users, newest first: who, when, from where, how it ended. */
@Route("admin/sign-ins")
@Menu(title = "nav.signIns", order = 8.5)
@RolesAllowed("ADMIN")
public class SignInLogView extends VerticalLayout implements HasDynamicTitle {

    public SignInLogView(SignInLog log) {
        addClassName("ascent-page");
        setSizeFull();
        Paragraph intro = new Paragraph(getTranslation("signIns.intro", SignInLog.SHOWN));
        intro.addClassName("ascent-muted");
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        Grid<SignInRecord> grid = new Grid<>();
        grid.setId("sign-ins");
        grid.addColumn(r -> time.format(r.at())).setHeader(getTranslation("signIns.time")).setAutoWidth(true);
        grid.addColumn(SignInRecord::displayName).setHeader(getTranslation("signIns.name")).setFlexGrow(2);
        grid.addColumn(SignInRecord::email).setHeader(getTranslation("signIns.email")).setFlexGrow(2);
        grid.addColumn(SignInRecord::address).setHeader(getTranslation("signIns.address")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("signIns.outcome." + r.outcome().name()))
                .setHeader(getTranslation("signIns.outcome")).setAutoWidth(true);
        grid.setItems(log.recent());
        add(new H2(getTranslation("signIns.title")), intro, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signIns.title") + " · " + getTranslation("app.name");
    }
}
