package com.ascent.app.plans;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.objectives.ObjectivesService;
import com.ascent.app.objectives.StrategyLibraryService;
import com.ascent.app.people.PeopleDirectory;
import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramService;
import com.ascent.app.roster.ProgramRosterService;
import com.ascent.app.security.CurrentUser;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
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
import java.util.stream.Stream;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of development plans. Exceptions carry translation keys of the {@code plans} bundle;
 * callers translate them for the user.
 */
@Service
public class DevelopmentPlansService {

    /**
     * How long a program runs, until the Framework step stores a duration: twelve months, the usual
     * length of a HiPo program (DOMAIN.md) and of the guide's example.
     */
    static final int ASSUMED_PROGRAM_MONTHS = 12;
    private static final int MAX_TEXT = 2000;
    private static final Comparator<ActivityTemplate> TEMPLATE_ORDER = Comparator
            .comparing(ActivityTemplate::kind).thenComparing(t -> t.title().toLowerCase(Locale.ROOT));

    private final PlanRepository plans;
    private final TemplateRepository templates;
    private final StarterTemplates starterTemplates;
    private final PlanPdf pdf;
    private final ProgramService programs;
    private final ProgramRosterService roster;
    private final ObjectivesService objectives;
    private final StrategyLibraryService strategy;
    private final PeopleDirectory people;
    private final OrganizationScope organization;
    private final CurrentUser currentUser;

    DevelopmentPlansService(PlanRepository plans, TemplateRepository templates, StarterTemplates starterTemplates,
                            PlanPdf pdf, ProgramService programs, ProgramRosterService roster,
                            ObjectivesService objectives, StrategyLibraryService strategy, PeopleDirectory people,
                            OrganizationScope organization, CurrentUser currentUser) {
        this.plans = plans;
        this.templates = templates;
        this.starterTemplates = starterTemplates;
        this.pdf = pdf;
        this.programs = programs;
        this.roster = roster;
        this.objectives = objectives;
        this.strategy = strategy;
        this.people = people;
        this.organization = organization;
        this.currentUser = currentUser;
    }

    /** The program's last day, by which every goal and activity must be due. */
    public static LocalDate programEnds(LocalDate startDate) {
        return startDate.plusMonths(ASSUMED_PROGRAM_MONTHS).minusDays(1);
    }

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public LocalDate programEnds(UUID programId) {
        return programEnds(program(programId).startDate());
    }

    // --- Plans -----------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<DevelopmentPlan> plans(UUID programId) {
        program(programId);
        return plans.plans(organization.require(), programId);
    }

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
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
        program(programId);
        String text = strengths.strip();
        requireLength("strengths", text);
        UUID org = organization.require();
        requirePlan(org, programId, planId);
        if (!plans.updateStrengths(org, planId, expectedVersion, text)) {
            throw new ConcurrentEditException("plans.error.concurrentEdit");
        }
        return requirePlan(org, programId, planId);
    }

    @Transactional
    @RolesAllowed("HR")
    public DevelopmentPlan signOff(UUID programId, UUID planId, long expectedVersion) {
        program(programId);
        UUID org = organization.require();
        DevelopmentPlan plan = requirePlan(org, programId, planId);
        if (plan.goals().isEmpty() || plan.activities().isEmpty()) {
            throw new InvalidInputException("signOff", "plans.error.signOffIncomplete");
        }
        String manager = manager(programId, plan.hipoMemberId()).map(Person::fullName).orElse("");
        SignOff signOff = new SignOff(manager, currentUser.require().displayName(), Instant.now());
        if (!plans.updateSignOff(org, planId, expectedVersion, signOff)) {
            throw new ConcurrentEditException("plans.error.concurrentEdit");
        }
        return requirePlan(org, programId, planId);
    }

    @Transactional
    @RolesAllowed("HR")
    public DevelopmentPlan withdrawSignOff(UUID programId, UUID planId, long expectedVersion) {
        program(programId);
        UUID org = organization.require();
        requirePlan(org, programId, planId);
        if (!plans.updateSignOff(org, planId, expectedVersion, null)) {
            throw new ConcurrentEditException("plans.error.concurrentEdit");
        }
        return requirePlan(org, programId, planId);
    }

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public byte[] exportPdf(UUID programId, UUID planId, Locale locale) {
        Program program = program(programId);
        DevelopmentPlan plan = requirePlan(organization.require(), programId, planId);
        RosterMember hipo = roster.member(programId, plan.hipoMemberId())
                .orElseThrow(() -> new ConcurrentEditException("plans.error.gone"));
        Map<UUID, RosterMember> members = roster.members(programId).stream()
                .collect(Collectors.toMap(RosterMember::id, Function.identity()));
        List<PlanPdf.Guide> guides = roster.confirmedPairs(programId).stream()
                .filter(p -> p.hipoMemberId().equals(hipo.id()) && members.containsKey(p.guideMemberId()))
                .map(p -> new PlanPdf.Guide(p.kind(), members.get(p.guideMemberId()).displayName()))
                .toList();
        return pdf.render(new PlanPdf.Content(program, hipo, manager(programId, hipo.id()).orElse(null), plan,
                objectives.list(programId), guides, programEnds(program.startDate())), locale);
    }

    // --- Gaps ------------------------------------------------------------------------------------

    @Transactional
    @RolesAllowed("HR")
    public Gap addGap(UUID programId, UUID planId, GapDraft draft) {
        program(programId);
        UUID org = organization.require();
        requirePlan(org, programId, planId);
        GapDraft normalized = validate(org, planId, null, draft);
        UUID id = plans.insertGap(org, planId, normalized);
        return gap(org, programId, planId, id);
    }

    @Transactional
    @RolesAllowed("HR")
    public Gap updateGap(UUID programId, UUID gapId, long expectedVersion, GapDraft draft) {
        program(programId);
        UUID org = organization.require();
        UUID planId = plans.planOfGap(org, programId, gapId)
                .orElseThrow(() -> new ConcurrentEditException("plans.error.gone"));
        GapDraft normalized = validate(org, planId, gapId, draft);
        if (!plans.updateGap(org, gapId, expectedVersion, normalized)) {
            throw new ConcurrentEditException("plans.error.concurrentEdit");
        }
        return gap(org, programId, planId, gapId);
    }

    @Transactional
    @RolesAllowed("HR")
    public void removeGap(UUID programId, UUID gapId, long expectedVersion) {
        program(programId);
        UUID org = organization.require();
        plans.planOfGap(org, programId, gapId).orElseThrow(() -> new ConcurrentEditException("plans.error.gone"));
        if (!plans.deleteGap(org, gapId, expectedVersion)) {
            throw new ConcurrentEditException("plans.error.concurrentEdit");
        }
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

    private Gap gap(UUID org, UUID programId, UUID planId, UUID gapId) {
        return requirePlan(org, programId, planId).gaps().stream().filter(g -> g.id().equals(gapId)).findFirst()
                .orElseThrow();
    }

    // --- Goals -----------------------------------------------------------------------------------

    @Transactional
    @RolesAllowed("HR")
    public Goal addGoal(UUID programId, UUID planId, GoalDraft draft) {
        Program program = program(programId);
        UUID org = organization.require();
        requirePlan(org, programId, planId);
        GoalDraft normalized = validate(program, draft);
        UUID id = plans.insertGoal(org, planId, normalized);
        return goal(org, programId, planId, id);
    }

    @Transactional
    @RolesAllowed("HR")
    public Goal updateGoal(UUID programId, UUID goalId, long expectedVersion, GoalDraft draft) {
        Program program = program(programId);
        UUID org = organization.require();
        UUID planId = plans.planOfGoal(org, programId, goalId)
                .orElseThrow(() -> new ConcurrentEditException("plans.error.gone"));
        GoalDraft normalized = validate(program, draft);
        if (!plans.updateGoal(org, goalId, expectedVersion, normalized)) {
            throw new ConcurrentEditException("plans.error.concurrentEdit");
        }
        return goal(org, programId, planId, goalId);
    }

    @Transactional
    @RolesAllowed("HR")
    public Goal recordProgress(UUID programId, UUID goalId, long expectedVersion, int progress, String note) {
        program(programId);
        UUID org = organization.require();
        UUID planId = plans.planOfGoal(org, programId, goalId)
                .orElseThrow(() -> new ConcurrentEditException("plans.error.gone"));
        if (progress < 0 || progress > 100) {
            throw new InvalidInputException("progress", "plans.error.progressRange");
        }
        String text = note.strip();
        requireLength("note", text);
        if (!plans.updateProgress(org, goalId, expectedVersion, progress)) {
            throw new ConcurrentEditException("plans.error.concurrentEdit");
        }
        Goal goal = goal(org, programId, planId, goalId);
        plans.insertProgress(org, planId, new ProgressEntry(goalId, null, goal.outcome(), progress, null, text,
                currentUser.require().displayName(), Instant.now()));
        return goal;
    }

    @Transactional
    @RolesAllowed("HR")
    public void removeGoal(UUID programId, UUID goalId, long expectedVersion) {
        program(programId);
        UUID org = organization.require();
        plans.planOfGoal(org, programId, goalId).orElseThrow(() -> new ConcurrentEditException("plans.error.gone"));
        if (!plans.deleteGoal(org, goalId, expectedVersion)) {
            throw new ConcurrentEditException("plans.error.concurrentEdit");
        }
    }

    private GoalDraft validate(Program program, GoalDraft draft) {
        String outcome = draft.outcome().strip();
        String measure = draft.measure().strip();
        String target = draft.target().strip();
        if (outcome.isEmpty()) {
            throw new InvalidInputException("outcome", "plans.error.outcomeRequired");
        }
        requireLength("outcome", outcome);
        if (measure.isEmpty()) {
            throw new InvalidInputException("measure", "plans.error.measureRequired");
        }
        requireLength("measure", measure);
        if (target.isEmpty()) {
            throw new InvalidInputException("target", "plans.error.targetRequired");
        }
        requireLength("target", target);
        LocalDate due = draft.dueDate();
        if (due == null) {
            throw new InvalidInputException("dueDate", "plans.error.dueDateRequired");
        }
        if (due.isBefore(program.startDate())) {
            throw new InvalidInputException("dueDate", "plans.error.dueBeforeProgramStart");
        }
        if (due.isAfter(programEnds(program.startDate()))) {
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

    private Goal goal(UUID org, UUID programId, UUID planId, UUID goalId) {
        return requirePlan(org, programId, planId).goals().stream().filter(g -> g.id().equals(goalId)).findFirst()
                .orElseThrow();
    }

    // --- Activities ------------------------------------------------------------------------------

    @Transactional
    @RolesAllowed("HR")
    public Activity addActivity(UUID programId, UUID planId, ActivityDraft draft) {
        Program program = program(programId);
        UUID org = organization.require();
        DevelopmentPlan plan = requirePlan(org, programId, planId);
        ActivityDraft normalized = validate(program, plan, draft);
        UUID id = plans.insertActivity(org, planId, normalized);
        return activity(org, programId, planId, id);
    }

    @Transactional
    @RolesAllowed("HR")
    public Activity updateActivity(UUID programId, UUID activityId, long expectedVersion, ActivityDraft draft) {
        Program program = program(programId);
        UUID org = organization.require();
        UUID planId = plans.planOfActivity(org, programId, activityId)
                .orElseThrow(() -> new ConcurrentEditException("plans.error.gone"));
        DevelopmentPlan plan = requirePlan(org, programId, planId);
        ActivityDraft normalized = validate(program, plan, draft);
        ActivityStatus before = plan.activities().stream().filter(a -> a.id().equals(activityId))
                .map(Activity::status).findFirst().orElseThrow();
        if (!plans.updateActivity(org, activityId, expectedVersion, normalized)) {
            throw new ConcurrentEditException("plans.error.concurrentEdit");
        }
        if (before != normalized.status()) {
            plans.insertProgress(org, planId, new ProgressEntry(null, activityId, normalized.title(), null,
                    normalized.status(), "", currentUser.require().displayName(), Instant.now()));
        }
        return activity(org, programId, planId, activityId);
    }

    @Transactional
    @RolesAllowed("HR")
    public void removeActivity(UUID programId, UUID activityId, long expectedVersion) {
        program(programId);
        UUID org = organization.require();
        plans.planOfActivity(org, programId, activityId)
                .orElseThrow(() -> new ConcurrentEditException("plans.error.gone"));
        if (!plans.deleteActivity(org, activityId, expectedVersion)) {
            throw new ConcurrentEditException("plans.error.concurrentEdit");
        }
    }

    private ActivityDraft validate(Program program, DevelopmentPlan plan, ActivityDraft draft) {
        String title = draft.title().strip();
        String owner = draft.owner().strip();
        if (title.isEmpty()) {
            throw new InvalidInputException("title", "plans.error.activityTitleRequired");
        }
        requireLength("title", title);
        if (owner.isEmpty()) {
            throw new InvalidInputException("owner", "plans.error.ownerRequired");
        }
        requireLength("owner", owner);
        if (draft.startsOn() != null && draft.endsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
            throw new InvalidInputException("endsOn", "plans.error.endsBeforeStarts");
        }
        LocalDate end = programEnds(program.startDate());
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

    private Activity activity(UUID org, UUID programId, UUID planId, UUID activityId) {
        return requirePlan(org, programId, planId).activities().stream().filter(a -> a.id().equals(activityId))
                .findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<ProgressEntry> history(UUID programId, UUID planId) {
        program(programId);
        UUID org = organization.require();
        requirePlan(org, programId, planId);
        return plans.history(org, planId);
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
        program(programId);
        requireHipo(programId, hipoMemberId);
        String text = reason.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("reason", "plans.error.reasonRequired");
        }
        requireLength("reason", text);
        UUID org = organization.require();
        plans.upsertException(org, programId, hipoMemberId, text, currentUser.require().displayName());
        return plans.exceptions(org, programId).stream().filter(e -> e.hipoMemberId().equals(hipoMemberId))
                .findFirst().orElseThrow();
    }

    @Transactional
    @RolesAllowed("HR")
    public void removeException(UUID programId, UUID exceptionId, long expectedVersion) {
        program(programId);
        if (!plans.deleteException(organization.require(), programId, exceptionId, expectedVersion)) {
            throw new ConcurrentEditException("plans.error.concurrentEdit");
        }
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
        program(programId);
        UUID org = organization.require();
        UUID planId = plans.planOfGap(org, programId, gapId)
                .orElseThrow(() -> new ConcurrentEditException("plans.error.gone"));
        String capability = gap(org, programId, planId, gapId).capabilityName();
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
        templates();
        UUID org = organization.require();
        UUID id = templates.insert(org, validate(draft));
        return templates.template(org, id).orElseThrow();
    }

    @Transactional
    @RolesAllowed("HR")
    public ActivityTemplate updateTemplate(UUID templateId, long expectedVersion, ActivityTemplateDraft draft) {
        UUID org = organization.require();
        if (!templates.update(org, templateId, expectedVersion, validate(draft))) {
            throw new ConcurrentEditException("plans.error.concurrentEdit");
        }
        return templates.template(org, templateId).orElseThrow();
    }

    @Transactional
    @RolesAllowed("HR")
    public void removeTemplate(UUID templateId, long expectedVersion) {
        if (!templates.delete(organization.require(), templateId, expectedVersion)) {
            throw new ConcurrentEditException("plans.error.concurrentEdit");
        }
    }

    private static ActivityTemplateDraft validate(ActivityTemplateDraft draft) {
        String title = draft.title().strip();
        if (title.isEmpty()) {
            throw new InvalidInputException("title", "plans.error.templateTitleRequired");
        }
        requireLength("title", title);
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

    private DevelopmentPlan requirePlan(UUID org, UUID programId, UUID planId) {
        return plans.plan(org, programId, planId).orElseThrow(() -> new ConcurrentEditException("plans.error.gone"));
    }

    private Optional<Person> manager(UUID programId, UUID hipoMemberId) {
        return roster.member(programId, hipoMemberId)
                .map(RosterMember::person)
                .map(Person::managerId)
                .flatMap(people::get);
    }

    private static void requireLength(String field, String text) {
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException(field, "plans.error.tooLong");
        }
    }
}
