package com.ascent.plugin.api.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The development plans of the context's program, the organization's library of activity
 * templates, and what the plans cover.
 *
 * <p>Every write is one transaction: stored completely or not at all. Writes carry the version the
 * caller read and refuse a stale one with {@link com.ascent.plugin.api.ConcurrentEditException};
 * bad values are refused with {@link com.ascent.plugin.api.InvalidInputException} naming the field
 * at fault (a component of the draft, e.g. {@code dueDate}), with a message in the user's
 * language. The rules are listed in the {@linkplain com.ascent.plugin.api.plans package description}.
 */
public interface DevelopmentPlanService {

    /**
     * The days goals and activities must fall within: the program's framework dates, or, until the
     * framework is set, twelve months from the program's start ({@link ProgramPeriod#assumed()}).
     */
    ProgramPeriod period();

    /**
     * The last day goals and activities may be due.
     *
     * @deprecated since 1.2.0, kept for plugins built against 1.1: use {@link #period()}.
     */
    @Deprecated(since = "1.2.0")
    LocalDate programEnds();

    // --- Plans -----------------------------------------------------------------------------------

    /** The plans of the program, one per HiPo who has one. */
    List<DevelopmentPlan> plans();

    /** The plan of one HiPo, if opened. */
    Optional<DevelopmentPlan> plan(UUID hipoMemberId);

    /** The HiPo's plan, opened (empty) if it did not exist yet. Refused when the member is not a HiPo. */
    DevelopmentPlan open(UUID hipoMemberId);

    /** Rewrites the HiPo's strengths. */
    DevelopmentPlan updateStrengths(UUID planId, long expectedVersion, String strengths);

    /**
     * Records that the HiPo's manager (as named in the people directory) agreed to the plan. Refused
     * when the plan has no goal or no activity yet.
     */
    DevelopmentPlan signOff(UUID planId, long expectedVersion);

    /** Takes a sign-off back, for example after the plan changed substantially. */
    DevelopmentPlan withdrawSignOff(UUID planId, long expectedVersion);

    /**
     * The plan as a PDF a HiPo and their manager can sign: the person, strengths, gaps, goals,
     * activities, mentor and coach, and signature lines, in the user's language.
     */
    byte[] exportPdf(UUID planId);

    // --- Gaps, goals, activities -------------------------------------------------------------------

    /** Adds a development gap. */
    Gap addGap(UUID planId, GapDraft draft);

    /** Changes a gap. */
    Gap updateGap(UUID gapId, long expectedVersion, GapDraft draft);

    /** Removes a gap. */
    void removeGap(UUID gapId, long expectedVersion);

    /** Adds a SMART goal linked to objectives of the program. */
    Goal addGoal(UUID planId, GoalDraft draft);

    /** Changes a goal and its links to objectives. */
    Goal updateGoal(UUID goalId, long expectedVersion, GoalDraft draft);

    /** Records how far a goal has come (0 to 100 percent), with a note; kept in the history. */
    Goal recordProgress(UUID goalId, long expectedVersion, int progress, String note);

    /** Removes a goal; its activities stay, no longer tied to a goal. */
    void removeGoal(UUID goalId, long expectedVersion);

    /** Adds an activity. */
    Activity addActivity(UUID planId, ActivityDraft draft);

    /** Changes an activity; a change of status is kept in the history. */
    Activity updateActivity(UUID activityId, long expectedVersion, ActivityDraft draft);

    /** Removes an activity. */
    void removeActivity(UUID activityId, long expectedVersion);

    /** The history of goal progress and activity status of a plan, newest first. */
    List<ProgressEntry> history(UUID planId);

    // --- Exceptions, coverage, readiness ------------------------------------------------------------

    /** HR's recorded exceptions for HiPos without a complete plan. */
    List<PlanException> exceptions();

    /** Records why a HiPo has no complete plan. Refused when the reason is empty or the member is no HiPo. */
    PlanException recordException(UUID hipoMemberId, String reason);

    /** Withdraws an exception. */
    void removeException(UUID exceptionId, long expectedVersion);

    /** Which objectives the HiPos' goals work on, and what is left uncovered. */
    Coverage coverage();

    /** For every HiPo on the roster (in roster order), whether their plan is ready. */
    List<PlanReadiness> readiness();

    // --- Activity templates --------------------------------------------------------------------------

    /** The organization's library of activity templates, by 70-20-10 kind and title. */
    List<ActivityTemplate> templates();

    /**
     * Templates suggested for a gap: those developing the gap's capability, then those suiting any
     * gap, by 70-20-10 kind.
     */
    List<ActivityTemplate> suggestions(UUID gapId);

    /** Adds a template to the library. */
    ActivityTemplate addTemplate(ActivityTemplateDraft draft);

    /** Changes a template. */
    ActivityTemplate updateTemplate(UUID templateId, long expectedVersion, ActivityTemplateDraft draft);

    /** Removes a template; activities created from it stay. */
    void removeTemplate(UUID templateId, long expectedVersion);
}
