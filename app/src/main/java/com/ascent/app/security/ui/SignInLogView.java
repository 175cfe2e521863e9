package com.ascent.app.security.ui;

import com.ascent.app.format.FormatsService;
import com.ascent.app.security.SignInFilter;
import com.ascent.app.security.SignInLog;
import com.ascent.app.security.SignInOutcome;
import com.ascent.app.security.SignInRecord;
import com.ascent.app.ui.CsvDownload;
import com.ascent.app.ui.LogPages;
import com.ascent.app.ui.PeriodFilter;
import com.ascent.plugin.api.format.Formats;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * The sign-in attempts of the organization's users, newest first: who, when, from where, how it
 * ended; filtered by period, e-mail and outcome, read a page at a time, downloadable as CSV.
 */
@Route("admin/sign-ins")
@Menu(title = "nav.signIns", order = 8.5)
@RolesAllowed("ADMIN")
public class SignInLogView extends VerticalLayout implements HasDynamicTitle {

    private final SignInLog log;
    private final Formats formats;
    private final Grid<SignInRecord> grid = new Grid<>();
    private final PeriodFilter period;
    private final TextField email = new TextField();
    private final ComboBox<SignInOutcome> outcome = new ComboBox<>();
    private final Span count = new Span();
    /** What the grid shows, and what the CSV download (a request of its own) writes. */
    private volatile SignInFilter filter = SignInFilter.ALL;

    public SignInLogView(SignInLog log, FormatsService formatsService) {
        this.log = log;
        this.formats = formatsService.current(getLocale());
        this.period = new PeriodFilter(formats, this::refresh);
        addClassName("ascent-page");
        setSizeFull();
        Paragraph intro = new Paragraph(getTranslation("signIns.filteredIntro"));
        intro.addClassName("ascent-muted");
        add(header(), intro, filters(), grid);
        buildGrid();
        setFlexGrow(1, grid);
    }

    private HorizontalLayout header() {
        Locale locale = getLocale();
        return LogPages.header(new H1(getTranslation("signIns.title")), count, CsvDownload.link(
                getTranslation("signIns.export"), "ascent-sign-ins.csv", out -> log.exportCsv(filter, locale, out)));
    }

    private HorizontalLayout filters() {
        email.setLabel(getTranslation("signIns.filter.email"));
        email.setClearButtonVisible(true);
        email.setValueChangeMode(ValueChangeMode.LAZY);
        email.addValueChangeListener(e -> refresh());
        outcome.setLabel(getTranslation("signIns.outcome"));
        outcome.setItems(SignInOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("signIns.outcome." + o.name()));
        outcome.setPlaceholder(getTranslation("signIns.filter.any"));
        outcome.setClearButtonVisible(true);
        outcome.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(period, email, outcome);
        bar.setAlignItems(Alignment.END);
        bar.setWrap(true);
        return bar;
    }

    private void buildGrid() {
        grid.setId("sign-ins");
        grid.addColumn(r -> formats.dateTime(r.at().atZone(formats.zone())))
                .setHeader(getTranslation("signIns.time")).setAutoWidth(true);
        grid.addColumn(SignInRecord::displayName).setHeader(getTranslation("signIns.name")).setFlexGrow(2);
        grid.addColumn(SignInRecord::email).setHeader(getTranslation("signIns.email")).setAutoWidth(true);
        grid.addColumn(SignInRecord::address).setHeader(getTranslation("signIns.address")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("signIns.outcome." + r.outcome().name()))
                .setHeader(getTranslation("signIns.outcome")).setAutoWidth(true);
        LogPages.readLazily(grid, getTranslation("signIns.empty"),
                query -> log.list(filter, query.getOffset(), query.getLimit()).stream(),
                query -> log.count(filter), count, n -> getTranslation("signIns.count", n));
    }

    private void refresh() {
        filter = new SignInFilter(period.value(), email.getValue(), outcome.getValue());
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signIns.title") + " · " + getTranslation("app.name");
    }
}
