package com.ascent.plugins.selection;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A tab's content, built when the tab is first opened. Built up front, every tab's panel with its
 * grids, fields and data stayed in each user's session for as long as the step was open, also the
 * tabs the user never looked at (issue 17: retained heap per signed-in user).
 */
final class LazyPanel<P extends Component> extends Div {

    private final Supplier<P> build;
    private @Nullable P panel;

    LazyPanel(Supplier<P> build) {
        this.build = build;
        setWidthFull();
    }

    /** The panel, built now if this is the first time. */
    P panel() {
        if (panel == null) {
            panel = build.get();
            add(panel);
        }
        return panel;
    }

    /** Runs {@code action} on the panel if it was built; one never built shows fresh data when built. */
    void ifBuilt(Consumer<P> action) {
        if (panel != null) {
            action.accept(panel);
        }
    }
}
