package com.ascent.app.measurement;

import com.ascent.plugin.api.calendar.CalendarEvent;
import com.ascent.plugin.api.calendar.EventKind;
import com.ascent.plugin.api.calendar.EventStatus;
import com.ascent.plugin.api.measurement.GoalAttainment;
import com.ascent.plugin.api.measurement.Participation;
import com.ascent.plugin.api.plans.DevelopmentPlan;
import com.ascent.plugin.api.plans.Goal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the program ran, read from the canonical data of earlier steps: sessions held against planned
 * (calendar, step 3) and goals achieved (development plans, step 4).
 */
final class ProgramProgress {

    private static final int ACHIEVED = 100;

    private ProgramProgress() {
    }

    /** Sessions of {@code events} held against planned; reviews, milestones and other events do not count. */
    static Participation participation(List<CalendarEvent> events) {
        List<CalendarEvent> sessions = events.stream().filter(e -> e.kind() == EventKind.SESSION).toList();
        int held = count(sessions, EventStatus.HELD);
        return new Participation(sessions.size(), held, count(sessions, EventStatus.CANCELLED),
                percent(held, sessions.size()));
    }

    /** Goals of {@code plans} at 100 % progress, and the mean progress of all their goals. */
    static GoalAttainment goalAttainment(List<DevelopmentPlan> plans) {
        List<Goal> goals = plans.stream().flatMap(p -> p.goals().stream()).toList();
        int achieved = (int) goals.stream().filter(g -> g.progress() >= ACHIEVED).count();
        int progressSum = goals.stream().mapToInt(Goal::progress).sum();
        BigDecimal average = goals.isEmpty() ? null
                : BigDecimal.valueOf(progressSum).divide(BigDecimal.valueOf(goals.size()), 0, RoundingMode.HALF_UP);
        return new GoalAttainment(plans.size(), goals.size(), achieved, percent(achieved, goals.size()), average);
    }

    private static int count(List<CalendarEvent> sessions, EventStatus status) {
        return (int) sessions.stream().filter(e -> e.status() == status).count();
    }

    private static @Nullable BigDecimal percent(int part, int whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP);
    }
}
