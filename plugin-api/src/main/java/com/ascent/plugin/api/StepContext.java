package com.ascent.plugin.api;

import com.ascent.plugin.api.calendar.CalendarService;
import com.ascent.plugin.api.format.Formats;
import com.ascent.plugin.api.measurement.MeasurementService;
import com.ascent.plugin.api.model.OrganizationRef;
import com.ascent.plugin.api.model.ProgramInfo;
import com.ascent.plugin.api.model.UserRef;
import com.ascent.plugin.api.objectives.ObjectiveService;
import com.ascent.plugin.api.objectives.StrategyService;
import com.ascent.plugin.api.people.PeopleService;
import com.ascent.plugin.api.plans.DevelopmentPlanService;
import com.ascent.plugin.api.roster.RosterService;
import com.ascent.plugin.api.support.SupportService;

/**
 * Everything a step may know and do for one program, handed to it by the host.
 *
 * <p>All services are scoped to {@link #organization()} and {@link #program()}: a step can
 * neither see nor change another organization's data. Each service call runs in its own
 * transaction; records go in and records come out. Writes carry the version the caller read, so
 * that a concurrent edit by another user is refused with a
 * {@link com.ascent.plugin.api.ConcurrentEditException} instead of being overwritten.
 */
public interface StepContext {

    /** The organization whose program is being designed. */
    OrganizationRef organization();

    /** The program being designed or run. */
    ProgramInfo program();

    /** The signed-in user. */
    UserRef user();

    /** False for read-only users (viewers) and archived programs: show data, offer no edits. */
    boolean canEdit();

    /** Translations of this plugin in the user's locale. */
    Translator messages();

    /** Tells the wizard shell about unsaved and saved work so the user always knows which it is. */
    StepChanges changes();

    /** The organization's people directory (read-only). */
    PeopleService people();

    /** The program's objectives and their success indicators. */
    ObjectiveService objectives();

    /** The organization's strategy statements and leadership capability library. */
    StrategyService strategy();

    /** The program's roster of HiPos, mentors and coaches, its selection criteria and its pairs. */
    RosterService roster();

    /** The HiPos' development plans, the organization's activity templates, and coverage of objectives. */
    DevelopmentPlanService plans();

    /** The organization's resource catalogue and the program's assignments, decisions and budget. */
    SupportService support();

    /** The program's framework (structure, charter, meeting templates) and its calendar of events. */
    CalendarService calendar();

    /** The program's measurement plan, values, feedback, costs, benefits and ROI. */
    MeasurementService measurement();

    /**
     * This step's own small records for the program, for what the canonical model has no place for.
     *
     * @since 1.2.0
     */
    StepRecords records();

    /**
     * Reading and showing numbers, money, dates and times in the user's format locale, with the
     * organization's currency and time zone. Use it (and {@link com.ascent.plugin.api.format.ValueFields})
     * for every value a user types or reads, so that "29,500" means what the user meant.
     *
     * @since 1.3.0
     */
    Formats formats();
}
