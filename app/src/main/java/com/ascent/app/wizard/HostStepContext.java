package com.ascent.app.wizard;

import com.ascent.plugin.api.StepChanges;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.StepRecords;
import com.ascent.plugin.api.Translator;
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

/** The host's {@link StepContext}: plain values and service adapters bound to one program. */
record HostStepContext(OrganizationRef organization, ProgramInfo program, UserRef user, boolean canEdit,
                       Translator messages, StepChanges changes, PeopleService people,
                       ObjectiveService objectives, StrategyService strategy, RosterService roster,
                       DevelopmentPlanService plans, SupportService support, CalendarService calendar,
                       MeasurementService measurement, StepRecords records, Formats formats,
                       OrganizationSettings organizationSettings, ParticipantProgressService progress,
                       PluginSettings pluginSettings)
        implements StepContext {
}
