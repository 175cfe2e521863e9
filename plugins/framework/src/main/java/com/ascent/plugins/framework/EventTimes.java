package com.ascent.plugins.framework;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.calendar.ProgramFramework;
import com.ascent.plugin.api.format.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Shows event times in the program's time zone (the organization's until the framework names one), in the user's formats. */
record EventTimes(ZoneId zone, Formats formats) {

    static EventTimes of(StepContext context) {
        ZoneId zone = context.calendar().framework().map(ProgramFramework::structure)
                .map(s -> s.timeZone()).orElse(context.formats().zone());
        return new EventTimes(zone, context.formats());
    }

    /** Date and time, e.g. "Apr 14, 2027, 10:00 AM". */
    String show(Instant instant) {
        return formats.dateTime(instant.atZone(zone));
    }

    /** The time of day only, e.g. "10:00 AM". */
    String time(Instant instant) {
        return formats.time(instant.atZone(zone).toLocalTime());
    }

    /** The day in the program's time zone. */
    LocalDate day(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
