package com.ascent.app.participation;

import com.ascent.plugin.api.calendar.ActionItem;
import com.ascent.plugin.api.calendar.CalendarEvent;
import com.ascent.plugin.api.plans.DevelopmentPlan;
import com.ascent.plugin.api.roster.PairKind;
import java.util.List;
import java.util.UUID;

/**
 * A participant's own part of the programs they take part in.
 *
 * @param pairs         their pairs: with their mentor or coach (as a HiPo), or with their HiPos (as a guide)
 * @param sessions      the sessions of their pairs not logged yet, soonest first
 * @param actionItems   the open action items of their pairs' sessions, overdue first
 * @param ownPlans      their own development plans, as a HiPo
 * @param plansToReview the plans of HiPos reporting to them, which they sign off as the manager
 */
public record MyProgram(List<MyPair> pairs, List<MySession> sessions, List<MyActionItem> actionItems,
                        List<MyPlan> ownPlans, List<MyPlan> plansToReview) {

    public MyProgram {
        pairs = List.copyOf(pairs);
        sessions = List.copyOf(sessions);
        actionItems = List.copyOf(actionItems);
        ownPlans = List.copyOf(ownPlans);
        plansToReview = List.copyOf(plansToReview);
    }

    /** Whether they take part in no running program yet. */
    public boolean empty() {
        return pairs.isEmpty() && ownPlans.isEmpty() && plansToReview.isEmpty();
    }

    /**
     * @param asHipo    the participant is the HiPo of the pair (else its mentor or coach)
     * @param otherName the other one of the pair
     */
    public record MyPair(UUID programId, String programName, UUID pairId, PairKind kind, boolean asHipo,
                         String otherName, String otherEmail) {
    }

    /** @param with the other one of the pair */
    public record MySession(UUID programId, String programName, CalendarEvent event, String with) {
    }

    public record MyActionItem(UUID programId, ActionItem item, String session, boolean overdue) {
    }

    /** @param signedByManager signed off by the manager from their own account */
    public record MyPlan(UUID programId, String programName, String hipoName, DevelopmentPlan plan,
                         boolean signedByManager) {
    }
}
