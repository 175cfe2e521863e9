package com.ascent.plugins.framework;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.calendar.ProgramFramework;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Shows event times in the program's time zone, in the user's locale. */
record EventTimes(ZoneId zone, DateTimeFormatter format) {

    static EventTimes of(StepContext context) {
        ZoneId zone = context.calendar().framework().map(ProgramFramework::structure)
                .map(s -> s.timeZone()).orElse(ZoneId.systemDefault());
        return new EventTimes(zone, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(context.messages().locale()).withZone(zone));
    }

    String show(Instant instant) {
        return format.format(instant);
    }
}
