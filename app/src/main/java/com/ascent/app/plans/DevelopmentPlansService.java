package com.ascent.app.plans;

import com.ascent.app.calendar.ProgramCalendarService;
import com.ascent.app.database.OrganizationScope;
import com.ascent.app.format.FormatsService;
import com.ascent.app.objectives.ObjectivesService;
import com.ascent.app.objectives.StrategyLibraryService;
import com.ascent.app.people.PeopleDirectory;
import com.ascent.app.plans.PlanRepository.Part;
import com.ascent.app.plans.PlanRepository.SignedAs;
import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramChanged;
import com.ascent.app.program.ProgramService;
import com.ascent.app.roster.ProgramRosterService;
import com.ascent.app.security.AscentUser;
import com.ascent.app.security.CurrentUser;
import com.ascent.app.text.InputText;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.ProgramEvent;
import com.ascent.plugin.api.calendar.FrameworkDraft;
import com.ascent.plugin.api.calendar.ProgramFramework;
import com.ascent.plugin.api.objectives.Objective;
import com.ascent.plugin.api.people.Person;
import com.ascent.plugin.api.plans.Activity;
import com.ascent.plugin.api.plans.ActivityDraft;
import com.ascent.plugin.api.plans.ActivityStatus;
import com.ascent.plugin.api.plans.ActivityTemplate;
import com.ascent.plugin.api.plans.ActivityTemplateDraft;
import com.ascent.plugin.api.plans.Coverage;
import com.ascent.plugin.api.plans.DevelopmentPlan;
import com.ascent.plugin.api.plans.Gap;
import com.ascent.plugin.api.plans.GapDraft;
import com.ascent.plugin.api.plans.Goal;
import com.ascent.plugin.api.plans.GoalDraft;
import com.ascent.plugin.api.plans.PlanException;
import com.ascent.plugin.api.plans.PlanReadiness;
import com.ascent.plugin.api.plans.ProgramPeriod;
import com.ascent.plugin.api.plans.ProgressEntry;
import com.ascent.plugin.api.plans.SignOff;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of development plans. Exceptions carry translation keys of the {@code plans} bundle;
 * callers translate them for the user.
 */
@Service
public class DevelopmentPlansService {

    private static final String GONE = "plans.error.gone";
    private static final String CONCURRENT_EDIT = "plans.error.concurrentEdit";
    private static final int MAX_TEXT = 2000;
    private static final Comparator<ActivityTemplate> TEMPLATE_ORDER = Comparator
            .comparing(ActivityTemplate::kind).thenComparing(t -> t.title().toLowerCase(Locale.ROOT));

    private final PlanRepository plans;
    private final TemplateRepository templates;
    private final StarterTemplates starterTemplates;
    private final PlanPdf pdf;
    private final ProgramService programs;
    private final ProgramCalendarService calendar;
    private final ProgramRosterService roster;
    private final ObjectivesService objectives;
    private final StrategyLibraryService strategy;
    private final PeopleDirectory people;
    private final OrganizationScope organization;
    private final CurrentUser currentUser;
    private final FormatsService formats;
    private final ApplicationEventPublisher events;

    DevelopmentPlansService(PlanRepository plans, TemplateRepository templates, StarterTemplates starterTemplates,
                            PlanPdf pdf, ProgramService programs, ProgramCalendarService calendar,
                            ProgramRosterService roster,
                            ObjectivesService objectives, StrategyLibraryService strategy, PeopleDirectory people,
                            OrganizationScope organization, CurrentUser currentUser, FormatsService formats,
                            ApplicationEventPublisher events) {
        this.events = events;
        this.plans = plans;
        this.templates = templates;
        this.starterTemplates = starterTemplates;
        this.pdf = pdf;
        this.programs = programs;
        this.calendar = calendar;
        this.roster = roster;
        this.objectives = objectives;
        this.strategy = strategy;
        this.people = people;
        this.organization = organization;
        this.currentUser = currentUser;
        this.formats = formats;
    }

    /**
     * The days goals and activities must fall within: the dates of the program's framework once the
     * Framework step has saved it; until then the period chosen when the program was created (known
     * from the start since issue 16, so never assumed any more).
     */
    static ProgramPeriod period(LocalDate programStart, LocalDate programEnd, Optional<FrameworkDraft> framework) {
        return framework.map(f -> new ProgramPeriod(f.startDate(), f.endDate(), false))
                .orElseGet(() -> new ProgramPeriod(programStart, programEnd, false));
    }

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public ProgramPeriod period(UUID programId) {
        return period(program(programId));
    }

    private ProgramPeriod period(Program program) {
        return period(program.startDate(), program.endDate(), calendar.framework(program.id()).map(ProgramFramework::structure));
    }

    // --- Plans -----------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<DevelopmentPlan> plans(UUID programId) {
        program(programId);
        return plans.plans(organization.require(), programId);
    }

    @Transactional(readOnly = true)
    @RolesAllowed({"VIEWER", "PARTICIPANT"})
    public Optional<DevelopmentPlan> plan(UUID programId, UUID hipoMemberId) {
        program(programId);
        return plans.planOfHipo(organization.require(), programId, hipoMemberId);
    }

    @Transactional
    @RolesAllowed("HR")
    public DevelopmentPlan open(UUID programId, UUID hipoMemberId) {
        program(programId);
        requireHipo(programId, hipoMemberId);
        UUID org = organization.require();
        plans.insertIfAbsent(org, programId, hipoMemberId);
        return plans.planOfHipo(org, programId, hipoMemberId).orElseThrow();
    }

    @Transactional
    @RolesAllowed("HR")
    public DevelopmentPlan updateStrengths(UUID programId, UUID planId, long expectedVersion, String strengths) {
        strengths = InputText.text("strengths", strengths);
        String text = strengths.strip();
        requireLength("strengths", text);
        Target at = locatePlan(programId, planId);
        requireWritten(plans.updateStrengths(at.org(), planId, expectedVersion, text));
        return requirePlan(at);
    }

    @Transactional
    @RolesAllowed("HR")
    public DevelopmentPlan signOff(UUID programId, UUID planId, long expectedVersion) {
        Target at = locatePlan(programId, planId);
        DevelopmentPlan plan = requirePlan(at);
        if (plan.goals().isEmpty() || plan.activities().isEmpty()) {
            throw new InvalidInputException("signOff", "plans.error.signOffIncomplete");
        }
        String manager = manager(programId, plan.hipoMemberId()).map(Person::fullName).orElse("");
        AscentUser hr = currentUser.require();
        SignOff signOff = new SignOff(manager, hr.displayName(), Instant.now());
        requireWritten(plans.updateSignOff(at.org(), planId, expectedVersion, signOff, hr.id(), SignedAs.HR));
        signedOff(at, programId, planId);
        return requirePlan(at);
    }

    /**
     * The HiPo's manager (their manager in the people directory) signs the plan off from their own
     * account; anybody else is refused as if the plan did not exist (row-level security does the same).
     *
     * @throws ConcurrentEditException {@code plans.error.gone} for a plan that is not of a HiPo reporting
     *                                 to the signed-in participant
     */
    @Transactional
    @RolesAllowed("PARTICIPANT")
    public DevelopmentPlan signOffAsManager(UUID programId, UUID planId, long expectedVersion) {
        Target at = locatePlan(programId, planId);
        DevelopmentPlan plan = requirePlan(at);
        UUID me = currentUser.participantPerson().orElseThrow(() -> new ConcurrentEditException(GONE));
        Person manager = manager(programId, plan.hipoMemberId()).filter(m -> m.id().equals(me))
                .orElseThrow(() -> new ConcurrentEditException(GONE));
        if (plan.goals().isEmpty() || plan.activities().isEmpty()) {
            throw new InvalidInputException("signOff", "plans.error.signOffIncomplete");
        }
        if (plan.signedOff()) {
            throw new ConcurrentEditException(CONCURRENT_EDIT);
        }
        AscentUser user = currentUser.require();
        SignOff signOff = new SignOff(manager.fullName(), user.displayName(), Instant.now());
        requireWritten(plans.updateSignOff(at.org(), planId, expectedVersion, signOff, user.id(), SignedAs.MANAGER));
        signedOff(at, programId, planId);
        return requirePlan(at);
    }

    private void signedOff(Target at, UUID programId, UUID planId) {
        events.publishEvent(new ProgramChanged(at.org(),
                new ProgramEvent(ProgramEvent.Kind.PLAN_SIGNED_OFF, programId, planId)));
    }

    /** Whether the plan was signed off by the manager from their own account, rather than recorded by HR. */
    @Transactional(readOnly = true)
    @RolesAllowed({"VIEWER", "PARTICIPANT"})
    public boolean signedByManager(UUID programId, UUID planId) {
        return plans.signedByManager(locatePlan(programId, planId).org(), planId);
    }

    @Transactional
    @RolesAllowed("HR")
    public DevelopmentPlan withdrawSignOff(UUID programId, UUID planId, long expectedVersion) {
        Target at = locatePlan(programId, planId);
        requireWritten(plans.updateSignOff(at.org(), planId, expectedVersion, null, null, null));
        return requirePlan(at);
    }

    @Transactional(readOnly = true)
    @RolesAllowed({"VIEWER", "PARTICIPANT"})
    public byte[] exportPdf(UUID programId, UUID planId, Locale locale) {
        Target at = locatePlan(programId, planId);
        Program program = at.program();
        DevelopmentPlan plan = requirePlan(at);
        RosterMember hipo = roster.member(programId, plan.hipoMemberId())
                .orElseThrow(() -> new ConcurrentEditException(GONE));
        Map<UUID, RosterMember> members = roster.members(programId).stream()
                .collect(Collectors.toMap(RosterMember::id, Function.identity()));
        List<PlanPdf.Guide> guides = roster.confirmedPairs(programId).stream()
                .filter(p -> p.hipoMemberId().equals(hipo.id()) && members.containsKey(p.guideMemberId()))
                .map(p -> new PlanPdf.Guide(p.kind(), members.get(p.guideMemberId()).displayName()))
                .toList();
        return pdf.render(new PlanPdf.Content(program, hipo, manager(programId, hipo.id()).orElse(null), plan,
                objectives.list(programId), guides, period(program),
                plans.signedByManager(at.org(), planId)), locale, formats.current(locale));
    }

    // --- Gaps ------------------------------------------------------------------------------------

    @Transactional
    @RolesAllowed("HR")
    public Gap addGap(UUID programId, UUID planId, GapDraft draft) {
        draft = InputText.clean(draft, "evidence");
        Target at = locatePlan(programId, planId);
        UUID id = plans.insertGap(at.org(), planId, validate(at.org(), planId, null, draft));
        return gap(at, id);
    }

    @Transactional
    @RolesAllowed("HR")
    public Gap updateGap(UUID programId, UUID gapId, long expectedVersion, GapDraft draft) {
        draft = InputText.clean(draft, "evidence");
        Target at = locate(programId, Part.GAP, gapId);
        requireWritten(plans.updateGap(at.org(), gapId, expectedVersion, validate(at.org(), at.planId(), gapId, draft)));
        return gap(at, gapId);
    }

    @Transactional
    @RolesAllowed("HR")
    public void removeGap(UUID programId, UUID gapId, long expectedVersion) {
        remove(programId, Part.GAP, gapId, expectedVersion);
    }

    private GapDraft validate(UUID org, UUID planId, @Nullable UUID gapId, GapDraft draft) {
        if (strategy.capabilities().stream().noneMatch(c -> c.id().equals(draft.capabilityId()))) {
            throw new InvalidInputException("capabilityId", "plans.error.capabilityNotFound");
        }
        if (outsideScale(draft.currentLevel())) {
            throw new InvalidInputException("currentLevel", "plans.error.levelRange");
        }
        if (outsideScale(draft.targetLevel())) {
            throw new InvalidInputException("targetLevel", "plans.error.levelRange");
        }
        if (draft.targetLevel() < draft.currentLevel()) {
            throw new InvalidInputException("targetLevel", "plans.error.targetBelowCurrent");
        }
        String evidence = draft.evidence().strip();
        requireLength("evidence", evidence);
        if (plans.gapExists(org, planId, draft.capabilityId(), gapId)) {
            throw new InvalidInputException("capabilityId", "plans.error.gapDuplicate");
        }
        return new GapDraft(draft.capabilityId(), draft.currentLevel(), draft.targetLevel(), evidence);
    }

    private static boolean outsideScale(int level) {
        return level < GapDraft.MIN_LEVEL || level > GapDraft.MAX_LEVEL;
    }

    private Gap gap(Target at, UUID gapId) {
        return byId(requirePlan(at).gaps(), Gap::id, gapId);
    }

    // --- Goals -----------------------------------------------------------------------------------

    @Transactional
    @RolesAllowed("HR")
    public Goal addGoal(UUID programId, UUID planId, GoalDraft draft) {
        draft = InputText.clean(draft);
        Target at = locatePlan(programId, planId);
        UUID id = plans.insertGoal(at.org(), planId, validate(at.program(), draft));
        return goal(at, id);
    }

    @Transactional
    @RolesAllowed("HR")
    public Goal updateGoal(UUID programId, UUID goalId, long expectedVersion, GoalDraft draft) {
        draft = InputText.clean(draft);
        Target at = locate(programId, Part.GOAL, goalId);
        requireWritten(plans.updateGoal(at.org(), goalId, expectedVersion, validate(at.program(), draft)));
        return goal(at, goalId);
    }

    @Transactional
    @RolesAllowed({"HR", "PARTICIPANT"})
    public Goal recordProgress(UUID programId, UUID goalId, long expectedVersion, int progress, String note) {
        note = InputText.text("note", note);
        Target at = locate(programId, Part.GOAL, goalId);
        if (progress < 0 || progress > 100) {
            throw new InvalidInputException("progress", "plans.error.progressRange");
        }
        String text = note.strip();
        requireLength("note", text);
        requireWritten(plans.updateProgress(at.org(), goalId, expectedVersion, progress));
        Goal goal = goal(at, goalId);
        plans.insertProgress(at.org(), at.planId(), new ProgressEntry(goalId, null, goal.outcome(), progress, null,
                text, currentUser.require().displayName(), Instant.now()));
        return goal;
    }

    @Transactional
    @RolesAllowed("HR")
    public void removeGoal(UUID programId, UUID goalId, long expectedVersion) {
        remove(programId, Part.GOAL, goalId, expectedVersion);
    }

    private GoalDraft validate(Program program, GoalDraft draft) {
        String outcome = requireText("outcome", draft.outcome(), "plans.error.outcomeRequired");
        String measure = requireText("measure", draft.measure(), "plans.error.measureRequired");
        String target = requireText("target", draft.target(), "plans.error.targetRequired");
        LocalDate due = draft.dueDate();
        ProgramPeriod period = period(program);
        if (due == null) {
            throw new InvalidInputException("dueDate", "plans.error.dueDateRequired");
        }
        if (due.isBefore(period.starts())) {
            throw new InvalidInputException("dueDate", "plans.error.dueBeforeProgramStart");
        }
        if (due.isAfter(period.ends())) {
            throw new InvalidInputException("dueDate", "plans.error.dueAfterProgramEnd");
        }
        Set<UUID> programObjectives = objectives.list(program.id()).stream().map(Objective::id)
                .collect(Collectors.toSet());
        List<UUID> linked = List.copyOf(new LinkedHashSet<>(draft.objectiveIds()));
        if (!programObjectives.containsAll(linked)) {
            throw new InvalidInputException("objectiveIds", "plans.error.objectiveNotFound");
        }
        return new GoalDraft(outcome, measure, target, due, linked);
    }

    private Goal goal(Target at, UUID goalId) {
        return byId(requirePlan(at).goals(), Goal::id, goalId);
    }

    // --- Activities ------------------------------------------------------------------------------

    @Transactional
    @RolesAllowed("HR")
    public Activity addActivity(UUID programId, UUID planId, ActivityDraft draft) {
        draft = InputText.clean(draft);
        Target at = locatePlan(programId, planId);
        UUID id = plans.insertActivity(at.org(), planId, validate(period(at.program()), requirePlan(at), draft));
        return activity(at, id);
    }

    @Transactional
    @RolesAllowed({"HR", "PARTICIPANT"})
    public Activity updateActivity(UUID programId, UUID activityId, long expectedVersion, ActivityDraft draft) {
        draft = InputText.clean(draft);
        Target at = locate(programId, Part.ACTIVITY, activityId);
        DevelopmentPlan plan = requirePlan(at);
        ActivityDraft normalized = validate(period(at.program()), plan, draft);
        ActivityStatus before = plan.activities().stream().filter(a -> a.id().equals(activityId))
                .map(Activity::status).findFirst().orElseThrow();
        requireWritten(plans.updateActivity(at.org(), activityId, expectedVersion, normalized));
        if (before != normalized.status()) {
            plans.insertProgress(at.org(), at.planId(), new ProgressEntry(null, activityId, normalized.title(), null,
                    normalized.status(), "", currentUser.require().displayName(), Instant.now()));
        }
        return activity(at, activityId);
    }

    @Transactional
    @RolesAllowed("HR")
    public void removeActivity(UUID programId, UUID activityId, long expectedVersion) {
        remove(programId, Part.ACTIVITY, activityId, expectedVersion);
    }

    private ActivityDraft validate(ProgramPeriod period, DevelopmentPlan plan, ActivityDraft draft) {
        String title = requireText("title", draft.title(), "plans.error.activityTitleRequired");
        String owner = requireText("owner", draft.owner(), "plans.error.ownerRequired");
        if (draft.startsOn() != null && draft.endsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
            throw new InvalidInputException("endsOn", "plans.error.endsBeforeStarts");
        }
        LocalDate end = period.ends();
        if (draft.startsOn() != null && draft.startsOn().isAfter(end)) {
            throw new InvalidInputException("startsOn", "plans.error.activityAfterProgramEnd");
        }
        if (draft.endsOn() != null && draft.endsOn().isAfter(end)) {
            throw new InvalidInputException("endsOn", "plans.error.activityAfterProgramEnd");
        }
        if (draft.goalId() != null && plan.goals().stream().noneMatch(g -> g.id().equals(draft.goalId()))) {
            throw new InvalidInputException("goalId", "plans.error.goalNotInPlan");
        }
        return new ActivityDraft(draft.goalId(), draft.kind(), title, draft.startsOn(), draft.endsOn(), owner,
                draft.status());
    }

    private Activity activity(Target at, UUID activityId) {
        return byId(requirePlan(at).activities(), Activity::id, activityId);
    }

    @Transactional(readOnly = true)
    @RolesAllowed({"VIEWER", "PARTICIPANT"})
    public List<ProgressEntry> history(UUID programId, UUID planId) {
        return plans.history(locatePlan(programId, planId).org(), planId);
    }

    // --- Exceptions, coverage, readiness -----------------------------------------------------------

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<PlanException> exceptions(UUID programId) {
        program(programId);
        return plans.exceptions(organization.require(), programId);
    }

    @Transactional
    @RolesAllowed("HR")
    public PlanException recordException(UUID programId, UUID hipoMemberId, String reason) {
        reason = InputText.text("reason", reason);
        program(programId);
        requireHipo(programId, hipoMemberId);
        String text = requireText("reason", reason, "plans.error.reasonRequired");
        UUID org = organization.require();
        plans.upsertException(org, programId, hipoMemberId, text, currentUser.require().displayName());
        return plans.exceptions(org, programId).stream().filter(e -> e.hipoMemberId().equals(hipoMemberId))
                .findFirst().orElseThrow();
    }

    @Transactional
    @RolesAllowed("HR")
    public void removeException(UUID programId, UUID exceptionId, long expectedVersion) {
        program(programId);
        UUID org = organization.require();
        if (plans.exceptions(org, programId).stream().noneMatch(e -> e.id().equals(exceptionId))) {
            throw new ConcurrentEditException(GONE);
        }
        requireWritten(plans.deleteException(org, exceptionId, expectedVersion));
    }

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public Coverage coverage(UUID programId) {
        program(programId);
        Map<UUID, DevelopmentPlan> byHipo = plansByHipo(programId);
        List<Coverage.HipoCoverage> hipos = hipos(programId).stream()
                .map(h -> new Coverage.HipoCoverage(h.id(), Optional.ofNullable(byHipo.get(h.id()))
                        .map(p -> p.goals().stream().flatMap(g -> g.objectiveIds().stream()).collect(Collectors.toSet()))
                        .orElse(Set.of())))
                .toList();
        Set<UUID> covered = new HashSet<>();
        hipos.forEach(h -> covered.addAll(h.objectiveIds()));
        List<UUID> uncovered = objectives.list(programId).stream().map(Objective::id)
                .filter(id -> !covered.contains(id)).toList();
        Set<UUID> onRoster = hipos.stream().map(Coverage.HipoCoverage::hipoMemberId).collect(Collectors.toSet());
        List<Coverage.UnlinkedGoal> unlinked = byHipo.values().stream()
                .filter(p -> onRoster.contains(p.hipoMemberId()))
                .flatMap(p -> p.goals().stream().filter(g -> g.objectiveIds().isEmpty())
                        .map(g -> new Coverage.UnlinkedGoal(p.hipoMemberId(), g.id(), g.outcome())))
                .toList();
        return new Coverage(hipos, uncovered, unlinked);
    }

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<PlanReadiness> readiness(UUID programId) {
        program(programId);
        Map<UUID, DevelopmentPlan> byHipo = plansByHipo(programId);
        Set<UUID> excepted = plans.exceptions(organization.require(), programId).stream()
                .map(PlanException::hipoMemberId).collect(Collectors.toSet());
        return hipos(programId).stream().map(h -> {
            DevelopmentPlan plan = byHipo.get(h.id());
            return new PlanReadiness(h.id(), h.displayName(), plan != null,
                    plan != null && plan.goals().stream().anyMatch(g -> !g.objectiveIds().isEmpty()),
                    plan != null && !plan.activities().isEmpty(), excepted.contains(h.id()));
        }).toList();
    }

    private Map<UUID, DevelopmentPlan> plansByHipo(UUID programId) {
        return plans.plans(organization.require(), programId).stream()
                .collect(Collectors.toMap(DevelopmentPlan::hipoMemberId, Function.identity()));
    }

    // --- Activity templates ------------------------------------------------------------------------

    /**
     * The organization's library; created with the starter set the first time anyone asks, so that
     * every organization starts from the same suggestions and then makes them its own.
     */
    @Transactional
    @RolesAllowed("VIEWER")
    public List<ActivityTemplate> templates() {
        UUID org = organization.require();
        if (!templates.seeded(org) && templates.markSeeded(org)) {
            starterTemplates.drafts().forEach(draft -> templates.insert(org, draft));
        }
        return templates.templates(org).stream().sorted(TEMPLATE_ORDER).toList();
    }

    @Transactional
    @RolesAllowed("VIEWER")
    public List<ActivityTemplate> suggestions(UUID programId, UUID gapId) {
        String capability = gap(locate(programId, Part.GAP, gapId), gapId).capabilityName();
        List<ActivityTemplate> library = templates();
        List<ActivityTemplate> matching = library.stream()
                .filter(t -> t.capabilities().stream().anyMatch(c -> c.equalsIgnoreCase(capability)))
                .toList();
        List<ActivityTemplate> general = library.stream().filter(t -> t.capabilities().isEmpty()).toList();
        return Stream.concat(matching.stream(), general.stream()).toList();
    }

    @Transactional
    @RolesAllowed("HR")
    public ActivityTemplate addTemplate(ActivityTemplateDraft draft) {
        draft = InputText.clean(draft, "description");
        templates();
        UUID org = organization.require();
        UUID id = templates.insert(org, validate(draft));
        return templates.template(org, id).orElseThrow();
    }

    @Transactional
    @RolesAllowed("HR")
    public ActivityTemplate updateTemplate(UUID templateId, long expectedVersion, ActivityTemplateDraft draft) {
        draft = InputText.clean(draft, "description");
        UUID org = organization.require();
        requireWritten(templates.update(org, templateId, expectedVersion, validate(draft)));
        return templates.template(org, templateId).orElseThrow();
    }

    @Transactional
    @RolesAllowed("HR")
    public void removeTemplate(UUID templateId, long expectedVersion) {
        requireWritten(templates.delete(organization.require(), templateId, expectedVersion));
    }

    private static ActivityTemplateDraft validate(ActivityTemplateDraft draft) {
        String title = requireText("title", draft.title(), "plans.error.templateTitleRequired");
        String description = draft.description().strip();
        requireLength("description", description);
        List<String> capabilities = draft.capabilities().stream().map(String::strip).filter(c -> !c.isEmpty())
                .distinct().toList();
        return new ActivityTemplateDraft(draft.kind(), title, description, capabilities);
    }

    // --- Helpers ---------------------------------------------------------------------------------

    private Program program(UUID programId) {
        return programs.find(programId).orElseThrow(() -> new ConcurrentEditException("plans.error.programGone"));
    }

    private List<RosterMember> hipos(UUID programId) {
        return roster.members(programId).stream().filter(m -> m.role() == RosterRole.HIPO).toList();
    }

    private void requireHipo(UUID programId, UUID memberId) {
        if (roster.member(programId, memberId).filter(m -> m.role() == RosterRole.HIPO).isEmpty()) {
            throw new InvalidInputException("hipoMemberId", "plans.error.notAHipo");
        }
    }

    /** Where a change lands: the program, and the plan that holds what is changed. */
    private record Target(Program program, UUID org, UUID planId) {
    }

    /** The program and one of its plans; a plan that is not (or no longer) the program's is gone. */
    private Target locatePlan(UUID programId, UUID planId) {
        Program program = program(programId);
        UUID org = organization.require();
        plans.plan(org, programId, planId).orElseThrow(() -> new ConcurrentEditException(GONE));
        return new Target(program, org, planId);
    }

    /** The program and the plan that holds a gap, goal or activity; a part that is not the program's is gone. */
    private Target locate(UUID programId, Part part, UUID partId) {
        Program program = program(programId);
        UUID org = organization.require();
        UUID planId = plans.planOf(org, programId, part, partId).orElseThrow(() -> new ConcurrentEditException(GONE));
        return new Target(program, org, planId);
    }

    private DevelopmentPlan requirePlan(Target at) {
        return plans.plan(at.org(), at.program().id(), at.planId())
                .orElseThrow(() -> new ConcurrentEditException(GONE));
    }

    /** The part just written, as the plan holds it. */
    private static <T> T byId(List<T> parts, Function<T, UUID> id, UUID wanted) {
        return parts.stream().filter(p -> id.apply(p).equals(wanted)).findFirst().orElseThrow();
    }

    /** A version-checked write that found no row: someone else changed or removed it since the user read it. */
    private static void requireWritten(boolean written) {
        if (!written) {
            throw new ConcurrentEditException(CONCURRENT_EDIT);
        }
    }

    private void remove(UUID programId, Part part, UUID partId, long expectedVersion) {
        Target at = locate(programId, part, partId);
        requireWritten(plans.delete(part, at.org(), partId, expectedVersion));
    }

    private Optional<Person> manager(UUID programId, UUID hipoMemberId) {
        return roster.member(programId, hipoMemberId)
                .map(RosterMember::person)
                .map(Person::managerId)
                .flatMap(people::get);
    }

    /** The text without surrounding blanks; refused at {@code field} when empty or too long. */
    private static String requireText(String field, String text, String emptyKey) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInputException(field, emptyKey);
        }
        requireLength(field, stripped);
        return stripped;
    }

    private static void requireLength(String field, String text) {
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException(field, "plans.error.tooLong");
        }
    }
}
