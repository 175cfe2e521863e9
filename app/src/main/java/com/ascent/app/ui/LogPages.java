package com.ascent.app.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.util.function.IntFunction;

/**
 * What the pages of logs (the audit trail, the sign-in log) share: a heading with the number of rows
 * the filters let through and their CSV download, and a grid that reads them a page at a time.
 */
public final class LogPages {

    /** Rows the grid reads at a time. */
    public static final int PAGE_SIZE = 50;

    private LogPages() {
    }

    /** The title, the number of rows (kept up to date by {@link #readLazily}) and the download, on one line. */
    public static HorizontalLayout header(Component title, Span count, Anchor download) {
        count.addClassName("ascent-muted");
        HorizontalLayout heading = new HorizontalLayout(title, count);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout header = new HorizontalLayout(heading, download);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        return header;
    }

    /** Lets {@code grid} read its rows a page at a time and shows their number in {@code count}. */
    public static <T> void readLazily(Grid<T> grid, String emptyText, CallbackDataProvider.FetchCallback<T, Void> rows,
                                      CallbackDataProvider.CountCallback<T, Void> rowCount, Span count,
                                      IntFunction<String> countText) {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(PAGE_SIZE);
        grid.setEmptyStateText(emptyText);
        grid.setItems(rows, rowCount);
        grid.getLazyDataView().addItemCountChangeListener(e -> count.setText(countText.apply(e.getItemCount())));
        grid.setSizeFull();
    }
}
