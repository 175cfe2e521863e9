package com.ascent.app.resources;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.objectives.ObjectivesService;
import com.ascent.app.objectives.StrategyLibraryService;
import com.ascent.app.roster.ProgramRosterService;
import com.ascent.app.security.CurrentUser;
import com.ascent.app.text.InputText;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.calendar.ResourceDate;
import com.ascent.plugin.api.objectives.Capability;
import com.ascent.plugin.api.objectives.Objective;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import com.ascent.plugin.api.support.Assignment;
import com.ascent.plugin.api.support.AssignmentStatus;
import com.ascent.plugin.api.support.Budget;
import com.ascent.plugin.api.support.Cost;
import com.ascent.plugin.api.support.NoSupportDecision;
import com.ascent.plugin.api.support.Occurrence;
import com.ascent.plugin.api.support.Resource;
import com.ascent.plugin.api.support.ResourceDraft;
import com.ascent.plugin.api.support.ResourceType;
import com.ascent.plugin.api.support.Suggestion;
import com.ascent.plugin.api.support.Tracking;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of the resource catalogue and of a program's assignments, decisions and budget.
 * Exceptions carry translation keys of the {@code resources} bundle; callers translate them.
 *
 * <p>Places are given out with the resource's row locked, so two users enrolling HiPos in the last
 * seat of a conference at the same moment are served one after the other and only one gets it.
 */
@Service
public class ResourceService {

    private static final int MAX_REASON_LENGTH = 1000;

    private final ResourceRepository resources;
    private final AssignmentRepository assignments;
    private final ProgramRosterService roster;
    private final ObjectivesService objectives;
    private final StrategyLibraryService strategy;
    private final OrganizationScope organization;
    private final CurrentUser currentUser;

    ResourceService(ResourceRepository resources, AssignmentRepository assignments, ProgramRosterService roster,
                    ObjectivesService objectives, StrategyLibraryService strategy, OrganizationScope organization,
                    CurrentUser currentUser) {
        this.resources = resources;
        this.assignments = assignments;
        this.roster = roster;
        this.objectives = objectives;
        this.strategy = strategy;
        this.organization = organization;
        this.currentUser = currentUser;
    }

    // --- Catalogue -------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<Resource> catalogue() {
        return resources.all(organization.require());
    }

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public Optional<Resource> resource(UUID id) {
        return resources.find(organization.require(), id);
    }

    @Transactional
    @RolesAllowed("HR")
    public Resource addResource(ResourceDraft draft) {
        UUID org = organization.require();
        ResourceDraft normalized = ResourceRules.normalize(draft);
        ResourceRules.validate(normalized);
        return resources.find(org, resources.insert(org, normalized)).orElseThrow();
    }

    @Transactional
    @RolesAllowed("HR")
    public Resource updateResource(UUID id, long expectedVersion, ResourceDraft draft) {
        UUID org = organization.require();
        ResourceDraft normalized = ResourceRules.normalize(draft);
        ResourceRules.validate(normalized);
        Resource current = resources.lock(org, id).orElseThrow(() -> new ConcurrentEditException("resources.error.gone"));
        if (normalized.capacity() != null && normalized.capacity() < current.enrolled()) {
            throw new InvalidInputException("capacity", "resources.error.capacityBelowEnrolled");
        }
        if (!resources.update(org, id, expectedVersion, normalized)) {
            throw new ConcurrentEditException("resources.error.concurrentEdit");
        }
        return resources.find(org, id).orElseThrow();
    }

    @Transactional
    @RolesAllowed("HR")
    public void removeResource(UUID id, long expectedVersion) {
        if (!resources.delete(organization.require(), id, expectedVersion)) {
            throw new ConcurrentEditException("resources.error.concurrentEdit");
        }
    }

    /** Adds every resource of the file, or none: see {@link CatalogueCsv} for the format. */
    @Transactional
    @RolesAllowed("HR")
    public List<Resource> importCatalogue(byte[] csv) {
        UUID org = organization.require();
        List<UUID> ids = CatalogueCsv.read(csv).stream().map(draft -> resources.insert(org, draft)).toList();
        Map<UUID, Resource> added = resources.byIds(org, ids);
        return ids.stream().map(added::get).toList();
    }

    // --- Assignments -----------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<Assignment> assignments(UUID programId) {
        UUID org = requireProgram(programId);
        Map<UUID, String> names = roster.members(programId).stream()
                .collect(Collectors.toMap(RosterMember::id, m -> m.displayName().toLowerCase(Locale.ROOT)));
        return assignments.assignments(org, programId).stream()
                .sorted(Comparator.comparing((Assignment a) -> names.getOrDefault(a.hipoMemberId(), ""))
                        .thenComparing(a -> a.resourceTitle().toLowerCase(Locale.ROOT))
                        .thenComparing(Assignment::id))
                .toList();
    }

    /** Assignments of dated resources that are not dropped, by start date: what the program calendar shows. */
    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<Assignment> scheduled(UUID programId) {
        return scheduled(requireProgram(programId), programId);
    }

    private List<Assignment> scheduled(UUID org, UUID programId) {
        return assignments.assignments(org, programId).stream()
                .filter(a -> a.startsOn() != null && a.status() != AssignmentStatus.DROPPED)
                .sorted(Comparator.comparing(Assignment::startsOn).thenComparing(Assignment::resourceTitle)
                        .thenComparing(Assignment::id))
                .toList();
    }

    /**
     * Every time a dated resource takes place that HiPos of the program hold a place on, with those
     * HiPos, in time order: what the program calendar shows next to its sessions and reviews. A
     * quarterly conference gives four entries.
     */
    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<ResourceDate> programDates(UUID programId) {
        UUID org = requireProgram(programId);
        Map<UUID, List<UUID>> hiposByResource = scheduled(org, programId).stream()
                .collect(Collectors.groupingBy(Assignment::resourceId, LinkedHashMap::new,
                        Collectors.mapping(Assignment::hipoMemberId, Collectors.toList())));
        Map<UUID, Resource> dated = resources.byIds(org, hiposByResource.keySet());
        return hiposByResource.entrySet().stream()
                .flatMap(entry -> {
                    Resource resource = dated.get(entry.getKey());
                    List<Occurrence> times = resource.occurrences();
                    return IntStream.range(0, times.size()).mapToObj(i -> new ResourceDate(resource.id(),
                            resource.title(), resource.type(), times.get(i).startsOn(), times.get(i).endsOn(),
                            resource.location(), i + 1, times.size(), entry.getValue()));
                })
                .sorted(Comparator.comparing(ResourceDate::startsOn).thenComparing(ResourceDate::title))
                .toList();
    }

    @Transactional
    @RolesAllowed("HR")
    public Assignment assign(UUID programId, UUID resourceId, UUID hipoMemberId, @Nullable UUID goalId,
                             AssignmentStatus status) {
        return insertAssignments(programId, resourceId, List.of(hipoMemberId), goalId, status).getFirst();
    }

    @Transactional
    @RolesAllowed("HR")
    public List<Assignment> assignAll(UUID programId, UUID resourceId, List<UUID> hipoMemberIds,
                                      AssignmentStatus status) {
        return insertAssignments(programId, resourceId, hipoMemberIds, null, status);
    }

    private List<Assignment> insertAssignments(UUID programId, UUID resourceId, List<UUID> hipoMemberIds,
                                               @Nullable UUID goalId, AssignmentStatus status) {
        if (status == AssignmentStatus.COMPLETED) {
            throw new InvalidInputException("status", "resources.error.completeByTracking");
        }
        UUID org = lockProgram(programId);
        List<UUID> hipos = List.copyOf(new LinkedHashSet<>(hipoMemberIds));
        if (hipos.isEmpty()) {
            throw new InvalidInputException("hipoMemberIds", "resources.error.noHipoChosen");
        }
        Resource resource = resources.lock(org, resourceId)
                .orElseThrow(() -> new ConcurrentEditException("resources.error.gone"));
        Set<UUID> programHipos = hipoIds(programId);
        for (UUID hipo : hipos) {
            if (!programHipos.contains(hipo)) {
                throw new InvalidInputException("hipoMemberId", "resources.error.notAHipo");
            }
            if (assignments.isAssigned(org, programId, resourceId, hipo)) {
                throw new InvalidInputException("hipoMemberId", "resources.error.alreadyAssigned");
            }
        }
        if (goalId != null && !assignments.isGoalOf(org, programId, hipos.getFirst(), goalId)) {
            throw new InvalidInputException("goalId", "resources.error.goalNotOfHipo");
        }
        if (status != AssignmentStatus.DROPPED) {
            requirePlaces(resource, hipos.size());
        }
        List<UUID> ids = hipos.stream().map(hipo -> assignments.insert(org, programId, resourceId, hipo, goalId, status,
                resource.costPerParticipant())).toList();
        Map<UUID, Assignment> added = assignments.assignments(org, programId).stream()
                .collect(Collectors.toMap(Assignment::id, a -> a));
        return ids.stream().map(added::get).toList();
    }

    @Transactional
    @RolesAllowed("HR")
    public Assignment track(UUID programId, UUID id, long expectedVersion, Tracking tracking) {
        UUID org = lockProgram(programId);
        Assignment current = assignments.assignment(org, programId, id)
                .orElseThrow(() -> new ConcurrentEditException("resources.error.gone"));
        if (tracking.status() == AssignmentStatus.COMPLETED && tracking.completedOn() == null) {
            throw new InvalidInputException("completedOn", "resources.error.completionDateRequired");
        }
        if (tracking.status() != AssignmentStatus.COMPLETED && tracking.completedOn() != null) {
            throw new InvalidInputException("completedOn", "resources.error.completionDateOnlyWhenCompleted");
        }
        Integer rating = tracking.rating();
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new InvalidInputException("rating", "resources.error.ratingOutOfRange");
        }
        ResourceRules.validateCost(tracking.actualCost(), "actualCost");
        if (current.status() == AssignmentStatus.DROPPED && tracking.status() != AssignmentStatus.DROPPED) {
            requirePlaces(resources.lock(org, current.resourceId()).orElseThrow(), 1);
        }
        if (!assignments.updateTracking(org, programId, id, expectedVersion, tracking)) {
            throw new ConcurrentEditException("resources.error.concurrentEdit");
        }
        return assignments.assignment(org, programId, id).orElseThrow();
    }

    @Transactional
    @RolesAllowed("HR")
    public void removeAssignment(UUID programId, UUID id, long expectedVersion) {
        UUID org = lockProgram(programId);
        if (!assignments.delete(org, programId, id, expectedVersion)) {
            throw new ConcurrentEditException("resources.error.concurrentEdit");
        }
    }

    /**
     * Resources that develop what a HiPo needs: their roster capabilities and the gaps of their
     * development plan, or what the program's objectives aim at. Full resources and those the HiPo
     * already has are left out; per HiPo (in roster order), best fit first.
     */
    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<Suggestion> suggestions(UUID programId) {
        UUID org = requireProgram(programId);
        Map<UUID, String> capabilityNames = strategy.capabilities().stream()
                .collect(Collectors.toMap(Capability::id, Capability::name));
        Set<String> objectiveNeeds = objectives.list(programId).stream().map(Objective::capabilityId)
                .filter(Objects::nonNull).map(capabilityNames::get).filter(Objects::nonNull)
                .map(ResourceService::key).collect(Collectors.toSet());
        Map<UUID, List<String>> gaps = assignments.gapCapabilities(org, programId);
        Set<String> taken = assignments.assignments(org, programId).stream()
                .map(a -> a.hipoMemberId() + "/" + a.resourceId()).collect(Collectors.toSet());
        List<Resource> open = resources.all(org).stream()
                .filter(r -> r.freePlaces() == null || r.freePlaces() > 0).toList();
        return roster.members(programId).stream().filter(m -> m.role() == RosterRole.HIPO)
                .flatMap(hipo -> {
                    Set<String> needs = new LinkedHashSet<>();
                    hipo.capabilities().forEach(c -> needs.add(key(c)));
                    gaps.getOrDefault(hipo.id(), List.of()).forEach(c -> needs.add(key(c)));
                    return open.stream().filter(r -> !taken.contains(hipo.id() + "/" + r.id()))
                            .map(r -> new Suggestion(hipo.id(), r,
                                    r.capabilities().stream().filter(c -> needs.contains(key(c))).toList(),
                                    r.capabilities().stream().filter(c -> objectiveNeeds.contains(key(c))).toList()))
                            .filter(s -> s.score() > 0)
                            .sorted(Comparator.comparingInt(Suggestion::score).reversed()
                                    .thenComparing(s -> s.resource().title().toLowerCase(Locale.ROOT)));
                })
                .toList();
    }

    // --- Decisions -------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<NoSupportDecision> decisions(UUID programId) {
        return assignments.decisions(requireProgram(programId), programId);
    }

    @Transactional
    @RolesAllowed("HR")
    public NoSupportDecision decideNoSupport(UUID programId, UUID hipoMemberId, String reason) {
        reason = InputText.text("reason", reason);
        UUID org = lockProgram(programId);
        String text = reason.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("reason", "resources.error.reasonRequired");
        }
        if (text.length() > MAX_REASON_LENGTH) {
            throw new InvalidInputException("reason", "resources.error.reasonTooLong");
        }
        if (!hipoIds(programId).contains(hipoMemberId)) {
            throw new InvalidInputException("hipoMemberId", "resources.error.notAHipo");
        }
        if (assignments.decisionOf(org, hipoMemberId).isPresent()) {
            throw new InvalidInputException("hipoMemberId", "resources.error.alreadyDecided");
        }
        UUID id = assignments.insertDecision(org, programId, hipoMemberId, text, currentUser.require().displayName());
        return assignments.decisions(org, programId).stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    @Transactional
    @RolesAllowed("HR")
    public void removeDecision(UUID programId, UUID id, long expectedVersion) {
        UUID org = lockProgram(programId);
        if (!assignments.deleteDecision(org, programId, id, expectedVersion)) {
            throw new ConcurrentEditException("resources.error.concurrentEdit");
        }
    }

    // --- Budget ----------------------------------------------------------------------------------

    /** Planned and actual cost of the program's support, in total, per resource type and per HiPo. */
    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public Budget budget(UUID programId) {
        UUID org = requireProgram(programId);
        Map<ResourceType, Cost> byType = new EnumMap<>(ResourceType.class);
        Map<UUID, Cost> byHipo = new HashMap<>();
        Cost total = Cost.NONE;
        for (Assignment assignment : assignments.assignments(org, programId)) {
            BigDecimal planned = assignment.status() == AssignmentStatus.DROPPED ? BigDecimal.ZERO : assignment.plannedCost();
            BigDecimal actual = assignment.actualCost() == null ? BigDecimal.ZERO : assignment.actualCost();
            Cost cost = new Cost(planned, actual);
            total = total.plus(cost);
            byType.merge(assignment.resourceType(), cost, Cost::plus);
            byHipo.merge(assignment.hipoMemberId(), cost, Cost::plus);
        }
        return new Budget(total, byType, byHipo);
    }

    // --- Helpers ---------------------------------------------------------------------------------

    private static void requirePlaces(Resource resource, int wanted) {
        Integer free = resource.freePlaces();
        if (free != null && free < wanted) {
            throw new InvalidInputException("resourceId", "resources.error.full");
        }
    }

    private Set<UUID> hipoIds(UUID programId) {
        return roster.members(programId).stream().filter(m -> m.role() == RosterRole.HIPO).map(RosterMember::id)
                .collect(Collectors.toSet());
    }

    private static String key(String capability) {
        return capability.strip().toLowerCase(Locale.ROOT);
    }

    private UUID requireProgram(UUID programId) {
        UUID org = organization.require();
        if (!assignments.programExists(org, programId)) {
            throw new ConcurrentEditException("resources.error.programGone");
        }
        return org;
    }

    private UUID lockProgram(UUID programId) {
        UUID org = organization.require();
        if (!assignments.lockProgram(org, programId)) {
            throw new ConcurrentEditException("resources.error.programGone");
        }
        return org;
    }
}
