package com.ascent.plugin.api.format;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Vaadin fields that read and show values through {@link Formats}, so that a plugin gets a correct
 * field in one line (since 1.3.0). The fields are plain {@code vaadin-core} components.
 *
 * <pre>{@code
 * TextField cost = ValueFields.money(context.formats(), messages.get("cost"));
 * ...
 * Optional<BigDecimal> amount = ValueFields.read(cost);   // refused? the field says why, with an example
 * DatePicker starts = ValueFields.date(context.formats(), messages.get("starts"));
 * }</pre>
 */
public final class ValueFields {

    private ValueFields() {
    }

    /** A text field for an amount in the organization's currency, which it shows as its suffix. */
    public static TextField money(Formats formats, String label) {
        TextField field = textField(formats, ValueKind.MONEY, label);
        Span currency = new Span(formats.currency().getCurrencyCode());
        field.setSuffixComponent(currency);
        return field;
    }

    /** A text field for a plain number (a percentage, hours, a target). */
    public static TextField number(Formats formats, String label) {
        return textField(formats, ValueKind.NUMBER, label);
    }

    private static TextField textField(Formats formats, ValueKind kind, String label) {
        TextField field = new TextField(label);
        ComponentUtil.setData(field, Reading.class, new Reading(formats, kind));
        field.getElement().setAttribute("inputmode", "decimal");
        field.addValueChangeListener(e -> read(field));
        return field;
    }

    /**
     * The value typed in a field made by {@link #money} or {@link #number}: empty when the field is
     * blank, or when the text is refused, which the field then shows with an example of the expected
     * form (and {@code field.isInvalid()} is true).
     */
    public static Optional<BigDecimal> read(TextField field) {
        Reading reading = ComponentUtil.getData(field, Reading.class);
        if (reading == null) {
            throw new IllegalArgumentException("The field was not made by ValueFields");
        }
        try {
            BigDecimal value = reading.parse(field.getValue());
            field.setInvalid(false);
            return Optional.ofNullable(value);
        } catch (UnreadableValueException e) {
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
            return Optional.empty();
        }
    }

    /** Shows {@code value} in a field made by {@link #money} or {@link #number}, as the user writes it. */
    public static void show(TextField field, @Nullable BigDecimal value) {
        Reading reading = ComponentUtil.getData(field, Reading.class);
        if (reading == null) {
            throw new IllegalArgumentException("The field was not made by ValueFields");
        }
        field.setValue(value == null ? "" : reading.present(value));
        field.setInvalid(false);
    }

    /** A Binder converter for amounts: refuses what {@link Formats#parseMoney} refuses, with its message. */
    public static Converter<String, @Nullable BigDecimal> moneyConverter(Formats formats) {
        return new DecimalConverter(new Reading(formats, ValueKind.MONEY));
    }

    /** A Binder converter for numbers: refuses what {@link Formats#parseNumber} refuses, with its message. */
    public static Converter<String, @Nullable BigDecimal> numberConverter(Formats formats) {
        return new DecimalConverter(new Reading(formats, ValueKind.NUMBER));
    }

    /**
     * A text area for several dates, one per line (or separated by ";"), each written as the user
     * writes dates or in ISO; read it with {@link #readDates(TextArea)}.
     */
    public static TextArea dates(Formats formats, String label) {
        TextArea area = new TextArea(label);
        ComponentUtil.setData(area, Formats.class, formats);
        area.setPlaceholder(formats.shortDate(LocalDate.now(formats.zone())));
        area.addValueChangeListener(e -> readDates(area));
        return area;
    }

    /**
     * The dates in a text area made by {@link #dates}, in the order written without repeats; empty when one
     * of them is refused, which the area then shows with the entry and an example.
     */
    public static Optional<List<LocalDate>> readDates(TextArea area) {
        Formats formats = ComponentUtil.getData(area, Formats.class);
        if (formats == null) {
            throw new IllegalArgumentException("The field was not made by ValueFields");
        }
        Set<LocalDate> dates = new LinkedHashSet<>();
        for (String entry : area.getValue().split("[;\\n\\r]+")) {
            try {
                LocalDate date = formats.parseDate(entry);
                if (date != null) {
                    dates.add(date);
                }
            } catch (UnreadableValueException e) {
                area.setErrorMessage("“" + entry.strip() + "”: " + e.getMessage());
                area.setInvalid(true);
                return Optional.empty();
            }
        }
        area.setInvalid(false);
        return Optional.of(List.copyOf(dates));
    }

    /** Shows {@code dates} in a text area made by {@link #dates}, one per line, as the user writes them. */
    public static void showDates(TextArea area, List<LocalDate> dates) {
        Formats formats = ComponentUtil.getData(area, Formats.class);
        if (formats == null) {
            throw new IllegalArgumentException("The field was not made by ValueFields");
        }
        area.setValue(String.join("\n", dates.stream().map(formats::shortDate).toList()));
        area.setInvalid(false);
    }

    /** A date picker that follows the user's format locale (see {@link #follow(DatePicker, Formats)}). */
    public static DatePicker date(Formats formats, String label) {
        return follow(new DatePicker(label), formats);
    }

    /**
     * Makes {@code picker} follow the user's format locale: it shows and reads dates in
     * {@link Formats#datePattern()} (four-digit year), also reads ISO dates (2027-01-04), names
     * months and weekdays in that locale, starts weeks on the locale's first day, and refuses
     * anything else with an example. A required or min/max message set before is kept. The calendar
     * opens from the field's button or the Down key, not on typing: a typed date is taken with Enter or
     * Tab (a calendar opened by the typing and closed at once by Enter could leave the rest of the form
     * hidden from assistive technology, a race of Vaadin 25.2's date picker).
     */
    public static DatePicker follow(DatePicker picker, Formats formats) {
        picker.setLocale(formats.locale());
        picker.setAutoOpen(false);
        DatePicker.DatePickerI18n previous = picker.getI18n();
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setDateFormats(formats.datePattern(), "yyyy-MM-dd")
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, formats.locale())).toList())
                .setWeekdays(weekdays(formats, TextStyle.FULL))
                .setWeekdaysShort(weekdays(formats, TextStyle.SHORT))
                .setFirstDayOfWeek(formats.firstDayOfWeek().getValue() % 7)
                .setToday(formats.text(FormatText.TODAY))
                .setCancel(formats.text(FormatText.CANCEL))
                .setBadInputErrorMessage(formats.refusal(ValueKind.DATE));
        if (previous != null) {
            i18n.setRequiredErrorMessage(previous.getRequiredErrorMessage())
                    .setMinErrorMessage(previous.getMinErrorMessage())
                    .setMaxErrorMessage(previous.getMaxErrorMessage());
        }
        picker.setI18n(i18n);
        // A date in the expected form hints how to type one; the field shows it greyed, never as a value.
        picker.setPlaceholder(formats.shortDate(LocalDate.now(formats.zone())));
        return picker;
    }

    /** A time picker that follows the user's format locale (see {@link #follow(TimePicker, Formats)}). */
    public static TimePicker time(Formats formats, String label) {
        return follow(new TimePicker(label), formats);
    }

    /** Makes {@code picker} show and read times as the user's format locale writes them, refusing others with an example. */
    public static TimePicker follow(TimePicker picker, Formats formats) {
        picker.setLocale(formats.locale());
        TimePicker.TimePickerI18n previous = picker.getI18n();
        TimePicker.TimePickerI18n i18n = new TimePicker.TimePickerI18n()
                .setBadInputErrorMessage(formats.refusal(ValueKind.TIME));
        if (previous != null) {
            i18n.setRequiredErrorMessage(previous.getRequiredErrorMessage())
                    .setMinErrorMessage(previous.getMinErrorMessage())
                    .setMaxErrorMessage(previous.getMaxErrorMessage());
        }
        picker.setI18n(i18n);
        return picker;
    }

    /** Weekday names from Sunday, as the date picker expects them. */
    private static List<String> weekdays(Formats formats, TextStyle style) {
        return IntStream.range(0, 7)
                .mapToObj(i -> DayOfWeek.SUNDAY.plus(i).getDisplayName(style, formats.locale()))
                .toList();
    }

    private record Reading(Formats formats, ValueKind kind) {

        @Nullable BigDecimal parse(String text) {
            return kind == ValueKind.MONEY ? formats.parseMoney(text) : formats.parseNumber(text);
        }

        /** Without the currency: a money field shows it as its suffix, and the text must read back as it shows. */
        String present(BigDecimal value) {
            return formats.number(value);
        }
    }

    private record DecimalConverter(Reading reading) implements Converter<String, @Nullable BigDecimal> {

        @Override
        public Result<@Nullable BigDecimal> convertToModel(String value, ValueContext context) {
            try {
                return Result.ok(reading.parse(value == null ? "" : value));
            } catch (UnreadableValueException e) {
                return Result.error(e.getMessage());
            }
        }

        @Override
        public String convertToPresentation(@Nullable BigDecimal value, ValueContext context) {
            return value == null ? "" : reading.present(value);
        }
    }
}
