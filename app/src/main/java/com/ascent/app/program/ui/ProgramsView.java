package com.ascent.app.program.ui;

import com.ascent.app.format.FormatsService;
import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramService;
import com.ascent.app.security.CurrentUser;
import com.ascent.app.security.Role;
import com.ascent.app.ui.Notifications;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.format.Formats;
import com.ascent.plugin.api.model.ProgramState;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The organization's programs: create one, open it in the wizard, archive it. */
@Route("programs")
@Menu(title = "nav.programs", order = 1)
// Staff only: a participant's one page is My program (HomeView sends them there).
@RolesAllowed({"VIEWER", "HR", "ADMIN"})
public class ProgramsView extends VerticalLayout implements HasDynamicTitle {

    private final ProgramService programs;
    private final boolean canEdit;
    private final Formats formats;
    private final Grid<Program> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    public ProgramsView(ProgramService programs, CurrentUser currentUser, FormatsService formatsService) {
        this.formats = formatsService.current(getLocale());
        this.programs = programs;
        this.canEdit = currentUser.hasRole(Role.HR);
        addClassName("ascent-page");
        setSizeFull();

        Button create = new Button(getTranslation("programs.create"), e -> openCreateDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(canEdit);
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("programs.title")), create);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(Alignment.CENTER);

        grid.addColumn(Program::name).setHeader(getTranslation("programs.name")).setFlexGrow(3);
        grid.addColumn(p -> formats.date(p.startDate())).setHeader(getTranslation("programs.startDate"));
        grid.addColumn(Program::ownerName).setHeader(getTranslation("programs.owner"));
        grid.addColumn(p -> getTranslation("program.state." + p.state().name())).setHeader(getTranslation("programs.state"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("programs.actions")).setAutoWidth(true);
        grid.addItemDoubleClickListener(e -> open(e.getItem()));

        empty.setText(getTranslation(canEdit ? "programs.empty" : "programs.emptyViewer"));
        empty.addClassName("ascent-muted");
        add(header, empty, grid);
        refresh();
    }

    private HorizontalLayout actions(Program program) {
        Button open = new Button(getTranslation("programs.open"), e -> open(program));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout actions = new HorizontalLayout(open);
        if (canEdit && program.state() != ProgramState.ARCHIVED) {
            Button archive = new Button(getTranslation("programs.archive"), e -> confirmArchive(program));
            archive.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(archive);
        }
        return actions;
    }

    private void open(Program program) {
        getUI().ifPresent(ui -> ui.navigate("programs/" + program.id() + "/steps/" + "review"));
    }

    private void openCreateDialog() {
        new ProgramDialog(programs, formats, created -> {
            refresh();
            getUI().ifPresent(ui -> ui.navigate("programs/" + created.id() + "/steps/objectives"));
        }).open();
    }

    private void confirmArchive(Program program) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("programs.archive.title"),
                getTranslation("programs.archive.message", program.name()), getTranslation("programs.archive"), e -> {
            try {
                programs.archive(program);
                Notifications.success(getTranslation("programs.archived", program.name()));
            } catch (ConcurrentEditException ex) {
                Notifications.error(getTranslation(ex.getMessage()));
            }
            refresh();
        });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private void refresh() {
        List<Program> all = programs.list();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programs.title") + " · " + getTranslation("app.name");
    }
}
