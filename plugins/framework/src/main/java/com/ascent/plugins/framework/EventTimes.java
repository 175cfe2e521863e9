package com.ascent.plugins.framework;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.calendar.ProgramFramework;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Shows event times in the program's time zone, in the user's locale. */
record EventTimes(ZoneId zone, Locale locale) {

    static EventTimes of(StepContext context) {
        ZoneId zone = context.calendar().framework().map(ProgramFramework::structure)
                .map(s -> s.timeZone()).orElse(ZoneId.systemDefault());
        return new EventTimes(zone, context.messages().locale());
    }

    /** Date and time, e.g. "Apr 14, 2027, 10:00 AM". */
    String show(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(instant);
    }

    /** The time of day only, e.g. "10:00 AM". */
    String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone).format(instant);
    }

    /** The day in the program's time zone. */
    LocalDate day(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
