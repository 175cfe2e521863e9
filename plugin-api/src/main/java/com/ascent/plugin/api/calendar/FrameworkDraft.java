package com.ascent.plugin.api.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The program's structure as HR edits it.
 *
 * <p>The host refuses, naming the field: an end date before the start date ({@code endDate}), a
 * program longer than {@value #MAX_MONTHS} months ({@code endDate}), a cadence below 1
 * ({@code mentoringCadence}, {@code coachingCadence}), a review cadence below 1 or longer than the
 * program ({@code reviewEveryMonths}), a session length outside 15 to 480 minutes
 * ({@code sessionMinutes}), a coaching period below 0 months ({@code coachingMonths}), and a
 * structure with neither mentoring nor coaching ({@code mentoringCadence}).
 *
 * @param startDate         the first day of the program (the kick-off)
 * @param endDate           the last day of the program (the closing), inclusive
 * @param timeZone          the time zone meeting times are given in
 * @param sessionStart      the usual time of day of meetings, wall-clock time in {@code timeZone}
 * @param sessionMinutes    how long a meeting lasts
 * @param mentoring         how often mentoring pairs meet; {@code null} if the program has no mentoring
 * @param coaching          how often coaching pairs meet; {@code null} if the program has no coaching
 * @param coachingMonths    coaching runs for the first this many months; 0 for the whole program
 * @param reviewEveryMonths a progress review every this many months, e.g. 3 for quarterly
 * @param reviewAttendees   who attends progress reviews
 * @param milestones        the program-wide milestones to hold
 * @param holidays          the organization's holidays: no meeting is planned on them
 * @param charter           roles and expectations
 * @param agendas           meeting templates
 */
public record FrameworkDraft(LocalDate startDate, LocalDate endDate, ZoneId timeZone, LocalTime sessionStart,
                             int sessionMinutes, @Nullable Cadence mentoring, @Nullable Cadence coaching,
                             int coachingMonths, int reviewEveryMonths, Set<Attendee> reviewAttendees,
                             Set<Milestone> milestones, List<LocalDate> holidays, Charter charter,
                             MeetingAgendas agendas) {

    /** The longest program the host accepts, in months. */
    public static final int MAX_MONTHS = 36;

    public FrameworkDraft {
        reviewAttendees = Set.copyOf(reviewAttendees);
        milestones = Set.copyOf(milestones);
        holidays = holidays.stream().distinct().sorted().toList();
    }

    /** The same structure with other dates. */
    public FrameworkDraft withDates(LocalDate start, LocalDate end) {
        return new FrameworkDraft(start, end, timeZone, sessionStart, sessionMinutes, mentoring, coaching,
                coachingMonths, reviewEveryMonths, reviewAttendees, milestones, holidays, charter, agendas);
    }

    /** The same structure with another charter. */
    public FrameworkDraft withCharter(Charter newCharter) {
        return new FrameworkDraft(startDate, endDate, timeZone, sessionStart, sessionMinutes, mentoring, coaching,
                coachingMonths, reviewEveryMonths, reviewAttendees, milestones, holidays, newCharter, agendas);
    }

    /** The same structure with other meeting templates. */
    public FrameworkDraft withAgendas(MeetingAgendas newAgendas) {
        return new FrameworkDraft(startDate, endDate, timeZone, sessionStart, sessionMinutes, mentoring, coaching,
                coachingMonths, reviewEveryMonths, reviewAttendees, milestones, holidays, charter, newAgendas);
    }
}
