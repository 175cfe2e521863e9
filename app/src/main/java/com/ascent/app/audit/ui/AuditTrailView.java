package com.ascent.app.audit.ui;

import com.ascent.app.audit.AuditActor;
import com.ascent.app.audit.AuditArea;
import com.ascent.app.audit.AuditEntry;
import com.ascent.app.audit.AuditFilter;
import com.ascent.app.audit.AuditTrail;
import com.ascent.app.audit.AuditWording;
import com.ascent.app.format.FormatsService;
import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramService;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * The audit trail: who changed which of the organization's records, when, and which fields; filtered
 * by period, person, kind of record and program, read a page at a time, downloadable as CSV.
 */
@Route("audit-trail")
@Menu(title = "nav.audit", order = 8.6)
// Vaadin's view access check does not apply the role hierarchy: name every role that may read the trail.
@RolesAllowed({"HR", "ADMIN"})
public class AuditTrailView extends VerticalLayout implements HasDynamicTitle {

    private final AuditTrail trail;
    private final AuditWording words;
    private final Formats formats;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final PeriodFilter period;
    private final ComboBox<AuditActor> actor = new ComboBox<>();
    private final ComboBox<AuditArea> area = new ComboBox<>();
    private final ComboBox<Program> program = new ComboBox<>();
    private final Span count = new Span();
    /** What the grid shows, and what the CSV download (a request of its own) writes. */
    private volatile AuditFilter filter = AuditFilter.ALL;

    public AuditTrailView(AuditTrail trail, ProgramService programs, FormatsService formatsService) {
        this.trail = trail;
        this.words = trail.wording(getLocale());
        this.formats = formatsService.current(getLocale());
        this.period = new PeriodFilter(formats, this::refresh);
        addClassName("ascent-page");
        setSizeFull();

        Paragraph intro = new Paragraph(getTranslation("audit.intro"));
        intro.addClassName("ascent-muted");
        add(header(), intro, filters(programs), grid);
        buildGrid();
        setFlexGrow(1, grid);
    }

    private HorizontalLayout header() {
        Locale locale = getLocale();
        return LogPages.header(new H1(getTranslation("audit.title")), count, CsvDownload.link(
                getTranslation("audit.export"), "ascent-audit-trail.csv", out -> trail.exportCsv(filter, locale, out)));
    }

    private HorizontalLayout filters(ProgramService programs) {
        actor.setLabel(getTranslation("audit.filter.person"));
        actor.setItems(trail.actors());
        actor.setItemLabelGenerator(AuditActor::displayName);
        area.setLabel(getTranslation("audit.filter.area"));
        area.setItems(Arrays.stream(AuditArea.values()).sorted(Comparator.comparing(words::area)).toList());
        area.setItemLabelGenerator(words::area);
        program.setLabel(getTranslation("audit.filter.program"));
        program.setItems(programs.list());
        program.setItemLabelGenerator(Program::name);
        program.setWidth("18rem");
        for (ComboBox<?> box : new ComboBox<?>[] {actor, area, program}) {
            box.setPlaceholder(getTranslation("audit.filter.any"));
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> refresh());
        }
        HorizontalLayout bar = new HorizontalLayout(period, actor, area, program);
        bar.setAlignItems(Alignment.END);
        bar.setWrap(true);
        return bar;
    }

    private void buildGrid() {
        grid.setId("audit-trail");
        grid.addColumn(e -> formats.dateTime(e.occurredAt().atZone(formats.zone())))
                .setHeader(getTranslation("audit.column.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(words::actor).setHeader(getTranslation("audit.column.person")).setAutoWidth(true);
        grid.addColumn(e -> words.operation(e.operation())).setHeader(getTranslation("audit.column.action"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(words::entity).setHeader(getTranslation("audit.column.record")).setAutoWidth(true);
        grid.addColumn(words::fields).setHeader(getTranslation("audit.column.fields")).setFlexGrow(2);
        grid.addColumn(words::program).setHeader(getTranslation("audit.column.program")).setAutoWidth(true);
        LogPages.readLazily(grid, getTranslation("audit.empty"),
                query -> trail.list(filter, query.getOffset(), query.getLimit()).stream(),
                query -> trail.count(filter), count, n -> getTranslation("audit.count", n));
    }

    private void refresh() {
        filter = new AuditFilter(period.value(), actor.getValue() == null ? null : actor.getValue().userId(),
                area.getValue(), program.getValue() == null ? null : program.getValue().id());
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
