package com.ascent.plugin.api;

import com.ascent.plugin.api.calendar.CalendarService;
import com.ascent.plugin.api.format.Formats;
import com.ascent.plugin.api.measurement.MeasurementService;
import com.ascent.plugin.api.model.OrganizationRef;
import com.ascent.plugin.api.model.OrganizationSettings;
import com.ascent.plugin.api.model.ProgramInfo;
import com.ascent.plugin.api.model.UserRef;
import com.ascent.plugin.api.objectives.ObjectiveService;
import com.ascent.plugin.api.objectives.StrategyService;
import com.ascent.plugin.api.people.PeopleService;
import com.ascent.plugin.api.plans.DevelopmentPlanService;
import com.ascent.plugin.api.progress.ParticipantProgressService;
import com.ascent.plugin.api.roster.RosterService;
import com.ascent.plugin.api.settings.PluginSettings;
import com.ascent.plugin.api.support.SupportService;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

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

    /**
     * The organization's settings: currency, time zone, formats, week start, working week, the
     * scales of the 9-box and the anonymity threshold of 360 feedback. This default, for hosts
     * older than 1.4.0, knows only what {@link #formats()} tells and assumes a new organization's
     * defaults for the rest (Monday to Friday, 09:00 to 17:00, 9-box scales 1-3, at least 3 raters);
     * the host overrides it with the organization's own.
     *
     * @since 1.4.0
     */
    default OrganizationSettings organizationSettings() {
        Formats formats = formats();
        return new OrganizationSettings(formats.currency(), formats.zone(), formats.locale(), null,
                formats.firstDayOfWeek(), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                LocalTime.of(17, 0), 3, 3, 3);
    }

    /**
     * How the program's participants take part: per HiPo the sessions held, goals updated and 360
     * feedback rounds with their response rates. This default, for hosts older than 1.5.0, knows of
     * no participant; the host overrides it.
     *
     * @since 1.5.0
     */
    default ParticipantProgressService progress() {
        return List::of;
    }

    /**
     * This step's settings ({@link WizardStep#settings()}) as the organization's administrator set
     * them, else their defaults. This default, for a context that knows no settings (a test's own
     * context, say), declares none: the host overrides it.
     *
     * @since 1.5.0
     */
    default PluginSettings pluginSettings() {
        return PluginSettings.defaults(List.of());
    }
}
