package com.ascent.app.ui;

import com.ascent.app.format.DayRange;
import com.ascent.plugin.api.format.Formats;
import com.ascent.plugin.api.format.ValueFields;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A period of whole days for a list's filter: from and to, both included, either left open. */
public class PeriodFilter extends Composite<HorizontalLayout> {

    private final DatePicker from;
    private final DatePicker to;

    /** Runs {@code onChange} whenever either end changes; a start after the end cannot be picked. */
    public PeriodFilter(Formats formats, Runnable onChange) {
        from = ValueFields.date(formats, getTranslation("period.from"));
        to = ValueFields.date(formats, getTranslation("period.to"));
        // An open end reads as one: the pickers' usual hint, today's date, would look like a chosen day.
        for (DatePicker end : new DatePicker[] {from, to}) {
            end.setPlaceholder(getTranslation("period.open"));
            end.setClearButtonVisible(true);
        }
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            onChange.run();
        });
        to.addValueChangeListener(e -> {
            from.setMax(e.getValue());
            onChange.run();
        });
        getContent().setPadding(false);
        getContent().add(from, to);
    }

    public DayRange value() {
        return new DayRange(from.getValue(), to.getValue());
    }
}
