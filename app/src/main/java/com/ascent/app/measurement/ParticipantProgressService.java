package com.ascent.app.measurement;

import com.ascent.app.calendar.ProgramCalendarService;
import com.ascent.app.plans.DevelopmentPlansService;
import com.ascent.app.roster.ProgramRosterService;
import com.ascent.plugin.api.calendar.CalendarEvent;
import com.ascent.plugin.api.calendar.EventKind;
import com.ascent.plugin.api.calendar.EventStatus;
import com.ascent.plugin.api.plans.DevelopmentPlan;
import com.ascent.plugin.api.plans.ProgressEntry;
import com.ascent.plugin.api.progress.FeedbackResponseRate;
import com.ascent.plugin.api.progress.ParticipantProgress;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each HiPo of a program takes part while it runs, for step plugins (plugin API 1.5.0): the
 * sessions of their pairs held, the goals of their plan whose progress was recorded, and the
 * response rates of the feedback rounds about them.
 */
@Service
public class ParticipantProgressService {

    private final ProgramRosterService roster;
    private final ProgramCalendarService calendar;
    private final DevelopmentPlansService plans;
    private final FeedbackRoundService feedbackRounds;

    ParticipantProgressService(ProgramRosterService roster, ProgramCalendarService calendar,
                               DevelopmentPlansService plans, FeedbackRoundService feedbackRounds) {
        this.roster = roster;
        this.calendar = calendar;
        this.plans = plans;
        this.feedbackRounds = feedbackRounds;
    }

    /** Every HiPo of the program, by name. */
    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<ParticipantProgress> participants(UUID programId) {
        Map<UUID, UUID> hipoOfPair = roster.pairs(programId).stream()
                .collect(Collectors.toMap(Pair::id, Pair::hipoMemberId));
        Map<UUID, List<CalendarEvent>> sessionsByHipo = calendar.events(programId).stream()
                .filter(e -> e.kind() == EventKind.SESSION && e.pairId() != null && hipoOfPair.containsKey(e.pairId()))
                .collect(Collectors.groupingBy(e -> hipoOfPair.get(e.pairId())));
        Map<UUID, DevelopmentPlan> planByHipo = plans.plans(programId).stream()
                .collect(Collectors.toMap(DevelopmentPlan::hipoMemberId, Function.identity(), (a, b) -> a));
        List<FeedbackRoundOverview> rounds = feedbackRounds.rounds(programId);

        List<ParticipantProgress> progress = new ArrayList<>();
        for (RosterMember hipo : roster.members(programId)) {
            if (hipo.role() != RosterRole.HIPO) {
                continue;
            }
            List<CalendarEvent> sessions = sessionsByHipo.getOrDefault(hipo.id(), List.of());
            int held = (int) sessions.stream().filter(e -> e.status() == EventStatus.HELD).count();
            Optional<DevelopmentPlan> plan = Optional.ofNullable(planByHipo.get(hipo.id()));
            int goals = plan.map(p -> p.goals().size()).orElse(0);
            int goalsUpdated = plan.map(p -> (int) plans.history(programId, p.id()).stream()
                    .map(ProgressEntry::goalId).filter(Objects::nonNull).distinct().count()).orElse(0);
            List<FeedbackResponseRate> rates = rounds.stream()
                    .flatMap(round -> round.hipos().stream().filter(h -> h.hipoMemberId().equals(hipo.id()))
                            .map(h -> new FeedbackResponseRate(round.id(), round.phase(), round.sentAt(), h.asked(),
                                    h.answered())))
                    .toList();
            progress.add(new ParticipantProgress(hipo.id(), hipo.displayName(), sessions.size(), held, goals,
                    goalsUpdated, rates));
        }
        progress.sort(Comparator.comparing(ParticipantProgress::hipoName).thenComparing(ParticipantProgress::hipoMemberId));
        return progress;
    }
}
