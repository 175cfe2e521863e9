package com.ascent.app.wizard;

import com.ascent.app.calendar.CalendarFeedService;
import com.ascent.app.calendar.ProgramCalendarService;
import com.ascent.app.format.FormatsService;
import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.app.measurement.ParticipantProgressService;
import com.ascent.app.measurement.ProgramMeasurementService;
import com.ascent.app.objectives.ObjectivesService;
import com.ascent.app.objectives.StrategyLibraryService;
import com.ascent.app.organization.OrganizationSettingsService;
import com.ascent.app.people.PeopleDirectory;
import com.ascent.app.plans.DevelopmentPlansService;
import com.ascent.app.plugin.GuardedStep;
import com.ascent.app.plugin.PluginSettingsService;
import com.ascent.app.plugin.ProgramContributions;
import com.ascent.app.program.Program;
import com.ascent.app.resources.ResourceService;
import com.ascent.app.roster.ProgramRosterService;
import com.ascent.app.security.AscentUser;
import com.ascent.app.security.CurrentUser;
import com.ascent.app.security.Role;
import com.ascent.plugin.api.StepChanges;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.format.Formats;
import com.ascent.plugin.api.model.OrganizationRef;
import com.ascent.plugin.api.model.OrganizationSettings;
import com.ascent.plugin.api.model.ProgramState;
import com.ascent.plugin.api.contribution.ContributedEvent;
import com.ascent.plugin.api.model.UserRef;
import com.ascent.plugin.api.model.UserRole;
import com.ascent.app.security.Membership;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Builds the context a step works in for the signed-in user and one program. */
@Component
public class StepContextFactory {

    /** Contributions are asked without a view, so no change goes unseen. */
    private static final StepChanges NO_VIEW = new StepChanges() {
        @Override
        public void unsaved() {
        }

        @Override
        public void saved() {
        }
    };

    private final CurrentUser currentUser;
    private final PeopleDirectory people;
    private final ObjectivesService objectives;
    private final StrategyLibraryService strategy;
    private final ProgramRosterService roster;
    private final DevelopmentPlansService plans;
    private final ResourceService resources;
    private final ProgramCalendarService calendar;
    private final CalendarFeedService feeds;
    private final ProgramMeasurementService measurement;
    private final StepRecordService records;
    private final AscentI18NProvider i18n;
    private final FormatsService formats;
    private final OrganizationSettingsService organizationSettings;
    private final ParticipantProgressService participantProgress;
    private final PluginSettingsService pluginSettings;
    private final ObjectProvider<ProgramContributions> contributions;

    StepContextFactory(CurrentUser currentUser, PeopleDirectory people, ObjectivesService objectives,
                       StrategyLibraryService strategy, ProgramRosterService roster, DevelopmentPlansService plans,
                       ResourceService resources, ProgramCalendarService calendar, CalendarFeedService feeds,
                       ProgramMeasurementService measurement, StepRecordService records, AscentI18NProvider i18n,
                       FormatsService formats, OrganizationSettingsService organizationSettings,
                       ParticipantProgressService participantProgress, PluginSettingsService pluginSettings,
                       ObjectProvider<ProgramContributions> contributions) {
        this.pluginSettings = pluginSettings;
        this.contributions = contributions;
        this.currentUser = currentUser;
        this.people = people;
        this.objectives = objectives;
        this.strategy = strategy;
        this.roster = roster;
        this.plans = plans;
        this.resources = resources;
        this.calendar = calendar;
        this.feeds = feeds;
        this.measurement = measurement;
        this.records = records;
        this.i18n = i18n;
        this.formats = formats;
        this.organizationSettings = organizationSettings;
        this.participantProgress = participantProgress;
    }

    public StepContext create(Program program, GuardedStep step, Locale locale, StepChanges changes) {
        AscentUser user = currentUser.require();
        Membership membership = user.activeMembership()
                .orElseThrow(() -> new IllegalStateException("No organization is selected"));
        boolean canEdit = currentUser.hasRole(Role.HR) && program.state() != ProgramState.ARCHIVED;
        return create(program, step, locale, changes, new OrganizationRef(membership.organizationId(),
                membership.organizationName()), userRef(user, membership), canEdit,
                () -> contributedEvents(program.id(), locale));
    }

    /**
     * The context a step's contribution (calendar events, report sections, review checks) is asked
     * in: read-only, and with nobody signed in (a live calendar feed) as a reader of the feed's
     * organization. Its calendar lists no contributed events, so that no contribution waits on another.
     */
    public StepContext createForContribution(Program program, GuardedStep step, Locale locale, UUID organizationId) {
        Membership membership = currentUser.get().flatMap(AscentUser::activeMembership)
                .filter(m -> m.organizationId().equals(organizationId)).orElse(null);
        OrganizationRef organization = new OrganizationRef(organizationId,
                membership == null ? "" : membership.organizationName());
        UserRef user = membership == null ? new UserRef(new UUID(0, 0), "", "", UserRole.VIEWER, null)
                : userRef(currentUser.require(), membership);
        return create(program, step, locale, NO_VIEW, organization, user, false, List::of);
    }

    private StepContext create(Program program, GuardedStep step, Locale locale, StepChanges changes,
                               OrganizationRef organization, UserRef user, boolean canEdit,
                               Supplier<List<ContributedEvent>> contributedEvents) {
        HostMessages messages = new HostMessages(i18n, locale);
        Formats userFormats = formats.current(locale);
        return new HostStepContext(
                organization,
                program.info(),
                user,
                canEdit,
                step.messages(locale),
                changes,
                new OrganizationPeople(people),
                new ProgramObjectives(objectives, program.id(), messages),
                new OrganizationStrategy(strategy, messages),
                new ProgramRoster(roster, program.id(), messages),
                new ProgramPlans(plans, program.id(), messages),
                new ProgramSupport(resources, program.id(), messages),
                new ProgramCalendar(calendar, feeds, program.id(), messages, contributedEvents),
                new ProgramMeasurement(measurement, program.id(), messages),
                new ProgramStepRecords(records, program.id(), step.stepId(), step::whenAttachedRemoved, messages),
                userFormats,
                settingsForSteps(organizationSettings.current(), userFormats),
                new ProgramParticipantProgress(participantProgress, program.id()),
                pluginSettings.of(step));
    }

    /** The user as plugins see them, with the person of the directory their account is bound to, if any. */
    private static UserRef userRef(AscentUser user, Membership membership) {
        return new UserRef(user.id(), user.displayName(), user.email(), UserRole.valueOf(membership.role().name()),
                membership.personId());
    }

    /** Every event the organization's steps contribute to the program, in time order. */
    private List<ContributedEvent> contributedEvents(UUID programId, Locale locale) {
        return contributions.getObject().calendarEvents(programId, locale).stream()
                .flatMap(c -> c.itemsOrNone().stream())
                .sorted(Comparator.comparing(StepContextFactory::start))
                .toList();
    }

    private static java.time.Instant start(ContributedEvent event) {
        return event.startsAt() != null ? event.startsAt()
                : event.firstDay().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }

    /** The organization's settings as plugin-api shows them; the week starts as in the user's date pickers. */
    private static OrganizationSettings settingsForSteps(com.ascent.app.organization.OrganizationSettings settings,
                                                         Formats userFormats) {
        return new OrganizationSettings(settings.currency(), settings.timeZone(), settings.formatLocale(),
                settings.defaultLanguage(), userFormats.firstDayOfWeek(), settings.workingWeek().days(),
                settings.workingWeek().start(), settings.workingWeek().end(), settings.performanceScale(),
                settings.potentialScale(), settings.feedbackAnonymityThreshold());
    }
}
