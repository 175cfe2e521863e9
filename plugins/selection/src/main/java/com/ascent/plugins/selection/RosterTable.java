package com.ascent.plugins.selection;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.roster.RosterMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Consumer;

/**
 * The members on the roster (HiPos, or mentors and coaches) under a title, each with edit and remove
 * buttons for users who may change the roster, or a hint while nobody is on it.
 */
final class RosterTable extends VerticalLayout {

    private final StepContext context;
    private final Translator messages;
    private final Runnable reload;
    private final H3 title = new H3();
    private final Grid<RosterMember> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    /**
     * @param columns adds the columns shown between the name and the actions
     * @param reload  reloads the whole panel after a member was changed or removed
     */
    RosterTable(StepContext context, String id, String emptyText, Consumer<Grid<RosterMember>> columns,
                Runnable reload) {
        this.context = context;
        this.messages = context.messages();
        this.reload = reload;
        setPadding(false);
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(RosterMember::displayName).setHeader(messages.get("column.name")).setSortable(true).setFlexGrow(2);
        columns.accept(grid);
        if (context.canEdit()) {
            grid.addComponentColumn(this::actions).setHeader(messages.get("column.actions")).setAutoWidth(true);
        }
        grid.setAllRowsVisible(true);
        empty.setText(emptyText);
        empty.addClassName("ascent-muted");
        add(title, empty, grid);
    }

    void show(String titleText, List<RosterMember> members) {
        title.setText(titleText);
        grid.setItems(members);
        grid.setVisible(!members.isEmpty());
        empty.setVisible(members.isEmpty());
    }

    private HorizontalLayout actions(RosterMember member) {
        Button edit = new Button(messages.get("common.edit"),
                e -> new MemberDialog(context, member, this::changed).open());
        edit.setId("edit-member-" + member.id());
        Button remove = new Button(messages.get("common.remove"), e -> remove(member));
        remove.setId("remove-member-" + member.id());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button b : List.of(edit, remove)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(edit, remove);
    }

    private void remove(RosterMember member) {
        try {
            context.roster().removeMember(member.id(), member.version());
            changed();
        } catch (ConcurrentEditException e) {
            Feedback.error(e.getMessage());
            reload.run();
        }
    }

    private void changed() {
        context.changes().saved();
        reload.run();
    }
}
