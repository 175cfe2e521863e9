package com.ascent.plugins.framework;

import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.calendar.Attendee;
import com.ascent.plugin.api.calendar.Cadence;
import com.ascent.plugin.api.calendar.Charter;
import com.ascent.plugin.api.calendar.FrameworkDraft;
import com.ascent.plugin.api.calendar.MeetingAgendas;
import com.ascent.plugin.api.calendar.Milestone;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Program structures HR starts from and then edits. Texts come from the plugin's messages. */
enum FrameworkTemplate {

    /** Monthly mentoring, coaching every two weeks for the first six months, quarterly reviews. */
    TWELVE_MONTHS(12, Cadence.months(1), Cadence.weeks(2), 6, 3),
    /** An intense half year: mentoring and coaching every two weeks, a review every two months. */
    ACCELERATOR(6, Cadence.weeks(2), Cadence.weeks(2), 0, 2);

    private final int months;
    private final Cadence mentoring;
    private final @Nullable Cadence coaching;
    private final int coachingMonths;
    private final int reviewEveryMonths;

    FrameworkTemplate(int months, Cadence mentoring, @Nullable Cadence coaching, int coachingMonths,
                      int reviewEveryMonths) {
        this.months = months;
        this.mentoring = mentoring;
        this.coaching = coaching;
        this.coachingMonths = coachingMonths;
        this.reviewEveryMonths = reviewEveryMonths;
    }

    String label(Translator messages) {
        return messages.get("template." + name());
    }

    /**
     * The structure of this template from {@code start}, for its number of months but never past
     * {@code lastDay} (the program's end).
     */
    FrameworkDraft draft(LocalDate start, LocalDate lastDay, ZoneId zone, Translator messages) {
        LocalDate end = start.plusMonths(months).minusDays(1);
        return new FrameworkDraft(start, end.isAfter(lastDay) ? lastDay : end, zone, LocalTime.of(10, 0), 60,
                mentoring, coaching, coachingMonths, reviewEveryMonths,
                Set.of(Attendee.HIPO, Attendee.MENTOR, Attendee.MANAGER, Attendee.HR), Set.of(Milestone.values()),
                List.of(),
                new Charter(messages.get("charter.default.hipo"), messages.get("charter.default.mentor"),
                        messages.get("charter.default.coach"), messages.get("charter.default.manager"),
                        messages.get("charter.default.hr"), messages.get("charter.default.confidentiality"),
                        messages.get("charter.default.preparation")),
                new MeetingAgendas(items(messages, "agenda.default.mentoring"), items(messages, "agenda.default.coaching"),
                        items(messages, "agenda.default.review"), items(messages, "agenda.default.milestone")));
    }

    /** Agenda items are kept in one message, separated by "|". */
    private static List<String> items(Translator messages, String key) {
        return Arrays.stream(messages.get(key).split("\\|")).map(String::strip).toList();
    }
}
