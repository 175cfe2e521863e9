package com.ascent.app.measurement;

import com.ascent.app.calendar.ProgramCalendarService;
import com.ascent.app.database.OrganizationScope;
import com.ascent.app.format.FormatsService;
import com.ascent.app.objectives.ObjectivesService;
import com.ascent.app.organization.OrganizationSettingsService;
import com.ascent.app.plans.DevelopmentPlansService;
import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramService;
import com.ascent.app.text.InputText;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.measurement.Benefit;
import com.ascent.plugin.api.measurement.BenefitDraft;
import com.ascent.plugin.api.measurement.CostCategory;
import com.ascent.plugin.api.measurement.CostDraft;
import com.ascent.plugin.api.measurement.CostItem;
import com.ascent.plugin.api.measurement.CostLine;
import com.ascent.plugin.api.measurement.Feedback;
import com.ascent.plugin.api.measurement.FeedbackDraft;
import com.ascent.plugin.api.measurement.FeedbackSummary;
import com.ascent.plugin.api.measurement.GoalAttainment;
import com.ascent.plugin.api.measurement.GroupChange;
import com.ascent.plugin.api.measurement.MeasurementSettings;
import com.ascent.plugin.api.measurement.Metric;
import com.ascent.plugin.api.measurement.MetricDraft;
import com.ascent.plugin.api.measurement.MetricResult;
import com.ascent.plugin.api.measurement.Observation;
import com.ascent.plugin.api.measurement.ObservationDraft;
import com.ascent.plugin.api.measurement.Participation;
import com.ascent.plugin.api.measurement.Phase;
import com.ascent.plugin.api.measurement.RoiResult;
import com.ascent.plugin.api.objectives.SuccessIndicator;
import com.ascent.app.plugin.ProgramContributions;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a program's measurement: plan, values, feedback, costs, benefits, results and ROI.
 * Exceptions carry translation keys of the {@code measurement} bundle; callers translate them.
 */
@Service
public class ProgramMeasurementService {

    /** Used until HR saves the program's own settings. */
    static final MeasurementSettings DEFAULT_SETTINGS =
            new MeasurementSettings(0, "EUR", new BigDecimal("50"), MeasurementSettings.MINIMUM_ANONYMITY);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final MeasurementRepository repository;
    private final ObjectivesService objectives;
    private final List<ResourceCosts> resourceCosts;
    private final ProgramService programs;
    private final ProgramCalendarService calendar;
    private final DevelopmentPlansService plans;
    private final MeasurementReportPdf reportPdf;
    private final MeasurementWorkbook workbook;
    private final OrganizationScope organization;
    private final OrganizationSettingsService organizationSettings;
    private final FormatsService formats;

    /** The steps' report sections, looked up when asked: the steps' contexts need this service. */
    private final ObjectProvider<ProgramContributions> contributions;

    ProgramMeasurementService(MeasurementRepository repository, ObjectivesService objectives,
                              List<ResourceCosts> resourceCosts, ProgramService programs,
                              ProgramCalendarService calendar, DevelopmentPlansService plans,
                              MeasurementReportPdf reportPdf, MeasurementWorkbook workbook,
                              OrganizationScope organization, OrganizationSettingsService organizationSettings,
                              FormatsService formats, ObjectProvider<ProgramContributions> contributions) {
        this.contributions = contributions;
        this.repository = repository;
        this.objectives = objectives;
        this.resourceCosts = resourceCosts;
        this.programs = programs;
        this.calendar = calendar;
        this.plans = plans;
        this.reportPdf = reportPdf;
        this.workbook = workbook;
        this.organization = organization;
        this.organizationSettings = organizationSettings;
        this.formats = formats;
    }

    // --- Settings ---------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public MeasurementSettings settings(UUID programId) {
        return settings(organization.require(), programId);
    }

    @Transactional
    @RolesAllowed("HR")
    public MeasurementSettings saveSettings(UUID programId, MeasurementSettings settings) {
        settings = InputText.clean(settings);
        UUID org = program(programId);
        if (settings.hourlyRate().signum() < 0) {
            throw new InvalidInputException("hourlyRate", "measurement.error.negative");
        }
        if (settings.anonymityThreshold() < MeasurementSettings.MINIMUM_ANONYMITY) {
            throw new InvalidInputException("anonymityThreshold", "measurement.error.anonymityThreshold");
        }
        if (settings.anonymityThreshold() < organizationAnonymityThreshold()) {
            throw new InvalidInputException("anonymityThreshold", "orgsettings.error.belowOrganizationThreshold");
        }
        MeasurementSettings normalized = new MeasurementSettings(settings.version(),
                organizationCurrency(), settings.hourlyRate(), settings.anonymityThreshold());
        boolean stored = settings.version() == 0
                ? repository.insertSettings(org, programId, normalized)
                : repository.updateSettings(org, programId, normalized);
        if (!stored) {
            throw new ConcurrentEditException("measurement.error.concurrentEdit");
        }
        return settings(org, programId);
    }

    /**
     * The program's settings; amounts are always in the organization's currency, whatever was stored
     * before, and feedback is never shown from fewer responses than the organization's anonymity
     * threshold (which is also a new program's threshold).
     */
    private MeasurementSettings settings(UUID org, UUID programId) {
        MeasurementSettings stored = repository.settings(org, programId).orElse(DEFAULT_SETTINGS);
        return new MeasurementSettings(stored.version(), organizationCurrency(), stored.hourlyRate(),
                Math.max(stored.anonymityThreshold(), organizationAnonymityThreshold()));
    }

    /** The number of responses from which a HiPo's feedback is shown. */
    int anonymityThreshold(UUID org, UUID programId) {
        return settings(org, programId).anonymityThreshold();
    }

    private int organizationAnonymityThreshold() {
        return organizationSettings.current().feedbackAnonymityThreshold();
    }

    private String organizationCurrency() {
        return organizationSettings.current().currency().getCurrencyCode();
    }

    // --- Plan -------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<Metric> metrics(UUID programId) {
        return repository.metrics(organization.require(), programId);
    }

    @Transactional
    @RolesAllowed("HR")
    public List<Metric> addMetrics(UUID programId, List<MetricDraft> drafts) {
        drafts = drafts.stream().map(InputText::clean).toList();
        UUID org = program(programId);
        List<Metric> added = new ArrayList<>();
        for (MetricDraft draft : drafts) {
            validate(org, programId, draft, Optional.empty());
            added.add(repository.insertMetric(org, programId, draft));
        }
        return added;
    }

    @Transactional
    @RolesAllowed("HR")
    public Metric updateMetric(UUID programId, UUID id, long expectedVersion, MetricDraft draft) {
        draft = InputText.clean(draft);
        UUID org = program(programId);
        validate(org, programId, draft, Optional.of(id));
        return repository.updateMetric(org, programId, id, expectedVersion, draft)
                .orElseThrow(() -> new ConcurrentEditException("measurement.error.concurrentEdit"));
    }

    @Transactional
    @RolesAllowed("HR")
    public void removeMetric(UUID programId, UUID id, long expectedVersion) {
        if (!repository.deleteMetric(program(programId), programId, id, expectedVersion)) {
            throw new ConcurrentEditException("measurement.error.concurrentEdit");
        }
    }

    private void validate(UUID org, UUID programId, MetricDraft draft, Optional<UUID> self) {
        if (draft.name().isBlank()) {
            throw new InvalidInputException("name", "measurement.error.nameRequired");
        }
        if (repository.metricNameTaken(org, programId, draft.name(), self)) {
            throw new InvalidInputException("name", "measurement.error.nameTaken");
        }
        if (draft.unit().isBlank()) {
            throw new InvalidInputException("unit", "measurement.error.unitRequired");
        }
        if (draft.baselineDate() != null && draft.followUpDates().stream().anyMatch(d -> !d.isAfter(draft.baselineDate()))) {
            throw new InvalidInputException("followUpDates", "measurement.error.followUpBeforeBaseline");
        }
        if (draft.indicatorId() != null && !indicatorObjectives(programId).containsKey(draft.indicatorId())) {
            throw new InvalidInputException("indicatorId", "measurement.error.indicatorUnknown");
        }
    }

    /** The objective of every success indicator of the program. */
    private Map<UUID, UUID> indicatorObjectives(UUID programId) {
        return objectives.list(programId).stream().flatMap(o -> o.indicators().stream())
                .collect(Collectors.toMap(SuccessIndicator::id, SuccessIndicator::objectiveId));
    }

    // --- Values -----------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<Observation> observations(UUID programId) {
        return repository.observations(organization.require(), programId);
    }

    @Transactional
    @RolesAllowed("HR")
    public Observation recordObservation(UUID programId, ObservationDraft draft) {
        UUID org = program(programId);
        validate(org, programId, draft, repository.rosterRoles(org, programId));
        return find(org, programId, repository.upsertObservation(org, draft));
    }

    @Transactional
    @RolesAllowed("HR")
    public void removeObservation(UUID programId, UUID id, long expectedVersion) {
        if (!repository.deleteObservation(program(programId), programId, id, expectedVersion)) {
            throw new ConcurrentEditException("measurement.error.concurrentEdit");
        }
    }

    /** Imports values from CSV (see the plugin API for the format): all lines or none. */
    @Transactional
    @RolesAllowed("HR")
    public List<Observation> importObservations(UUID programId, String csv) {
        UUID org = program(programId);
        List<Metric> metrics = repository.metrics(org, programId);
        ObservationCsv.Parsed parsed = ObservationCsv.parse(csv, metrics,
                employeeIds -> repository.peopleByEmployeeId(org, employeeIds));
        List<CsvImportException.Problem> problems = new ArrayList<>(parsed.problems());
        Map<UUID, String> roster = repository.rosterRoles(org, programId);
        parsed.rows().forEach(row -> {
            try {
                validate(org, programId, row.draft(), roster);
            } catch (InvalidInputException e) {
                problems.add(new CsvImportException.Problem(row.line(), e.getMessage(),
                        e instanceof ValueOffScaleException offScale ? offScale.arguments() : List.of()));
            }
        });
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Long.compare(a.line(), b.line()));
            throw new CsvImportException(problems);
        }
        List<UUID> ids = parsed.rows().stream().map(row -> repository.upsertObservation(org, row.draft())).toList();
        Map<UUID, Observation> stored = repository.observations(org, programId).stream()
                .collect(Collectors.toMap(Observation::id, Function.identity()));
        return ids.stream().distinct().map(stored::get).toList();
    }

    private void validate(UUID org, UUID programId, ObservationDraft draft, Map<UUID, String> rosterRoles) {
        Metric metric = repository.metric(org, programId, draft.metricId())
                .orElseThrow(() -> new InvalidInputException("metricId", "measurement.error.metricUnknown"));
        if (!repository.personExists(org, draft.personId())) {
            throw new InvalidInputException("personId", "measurement.error.personUnknown");
        }
        String role = rosterRoles.get(draft.personId());
        if (!draft.comparisonGroup() && !"HIPO".equals(role)) {
            throw new InvalidInputException("personId", "measurement.error.notAHipo");
        }
        if (draft.comparisonGroup() && role != null) {
            throw new InvalidInputException("personId", "measurement.error.comparisonOnRoster");
        }
        Optional<MetricScale> scale = MetricScale.of(metric.unit());
        if (scale.isPresent() && !scale.get().contains(draft.value())) {
            throw new ValueOffScaleException(scale.get());
        }
        if (draft.phase() == Phase.FOLLOW_UP && metric.baselineDate() != null
                && !draft.observedOn().isAfter(metric.baselineDate())) {
            throw new InvalidInputException("observedOn", "measurement.error.valueBeforeBaseline");
        }
    }

    private Observation find(UUID org, UUID programId, UUID id) {
        return repository.observations(org, programId).stream().filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow(() -> new ConcurrentEditException("measurement.error.gone"));
    }

    // --- Feedback ---------------------------------------------------------------------------------

    @Transactional
    @RolesAllowed("HR")
    public Feedback recordFeedback(UUID programId, FeedbackDraft draft) {
        return storeFeedback(program(programId), programId, draft);
    }

    /** Stores a response, whoever gives it (HR typing it in, or a rater from their link). */
    Feedback storeFeedback(UUID org, UUID programId, FeedbackDraft draft) {
        draft = InputText.clean(draft, "comment");
        if (!repository.hipos(org, programId).containsKey(draft.hipoMemberId())) {
            throw new InvalidInputException("hipoMemberId", "measurement.error.feedbackNotAHipo");
        }
        if (!draft.ratings().containsKey(Feedback.OVERALL)) {
            throw new InvalidInputException("ratings", "measurement.error.overallRequired");
        }
        if (draft.ratings().values().stream().anyMatch(r -> r < 1 || r > 5)) {
            throw new InvalidInputException("ratings", "measurement.error.ratingRange");
        }
        return repository.insertFeedback(org, programId, draft);
    }

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<FeedbackSummary> feedbackSummaries(UUID programId) {
        UUID org = organization.require();
        int threshold = anonymityThreshold(org, programId);
        Map<UUID, List<Feedback>> byHipo = repository.feedback(org, programId).stream()
                .collect(Collectors.groupingBy(Feedback::hipoMemberId));
        return repository.hipos(org, programId).entrySet().stream()
                .map(hipo -> FeedbackAnonymity.summarize(hipo.getKey(), hipo.getValue(),
                        byHipo.getOrDefault(hipo.getKey(), List.of()), threshold))
                .toList();
    }

    // --- Costs and benefits -----------------------------------------------------------------------

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<CostItem> costs(UUID programId) {
        return repository.costs(organization.require(), programId);
    }

    @Transactional
    @RolesAllowed("HR")
    public CostItem addCost(UUID programId, CostDraft draft) {
        draft = InputText.clean(draft);
        UUID org = program(programId);
        if (draft.category() == CostCategory.RESOURCES) {
            throw new InvalidInputException("category", "measurement.error.resourcesFromSupport");
        }
        String field = draft.category().timeBased() ? "hours" : "amount";
        BigDecimal value = draft.category().timeBased() ? draft.hours() : draft.amount();
        if (value == null) {
            throw new InvalidInputException(field, "measurement.error." + field + "Required");
        }
        if (value.signum() < 0) {
            throw new InvalidInputException(field, "measurement.error.negative");
        }
        return repository.insertCost(org, programId, draft);
    }

    @Transactional
    @RolesAllowed("HR")
    public void removeCost(UUID programId, UUID id, long expectedVersion) {
        if (!repository.deleteCost(program(programId), programId, id, expectedVersion)) {
            throw new ConcurrentEditException("measurement.error.concurrentEdit");
        }
    }

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<Benefit> benefits(UUID programId) {
        return repository.benefits(organization.require(), programId);
    }

    @Transactional
    @RolesAllowed("HR")
    public Benefit addBenefit(UUID programId, BenefitDraft draft) {
        draft = InputText.clean(draft);
        UUID org = program(programId);
        if (draft.description().isBlank()) {
            throw new InvalidInputException("description", "measurement.error.descriptionRequired");
        }
        if (draft.value().signum() < 0) {
            throw new InvalidInputException("value", "measurement.error.negative");
        }
        if (!isPercent(draft.isolationPercent())) {
            throw new InvalidInputException("isolationPercent", "measurement.error.percentRange");
        }
        if (!isPercent(draft.confidencePercent())) {
            throw new InvalidInputException("confidencePercent", "measurement.error.percentRange");
        }
        if (draft.metricId() != null && repository.metric(org, programId, draft.metricId()).isEmpty()) {
            throw new InvalidInputException("metricId", "measurement.error.metricUnknown");
        }
        return repository.insertBenefit(org, programId, draft);
    }

    @Transactional
    @RolesAllowed("HR")
    public void removeBenefit(UUID programId, UUID id, long expectedVersion) {
        if (!repository.deleteBenefit(program(programId), programId, id, expectedVersion)) {
            throw new ConcurrentEditException("measurement.error.concurrentEdit");
        }
    }

    private static boolean isPercent(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
    }

    // --- Results ----------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<MetricResult> results(UUID programId) {
        UUID org = organization.require();
        Map<UUID, UUID> objectiveOfIndicator = indicatorObjectives(programId);
        Map<UUID, List<Observation>> byMetric = repository.observations(org, programId).stream()
                .collect(Collectors.groupingBy(Observation::metricId));
        return repository.metrics(org, programId).stream().map(metric -> {
            List<Observation> values = byMetric.getOrDefault(metric.id(), List.of());
            GroupChange participants = ChangeCalculator.change(values.stream().filter(o -> !o.comparisonGroup()).toList());
            GroupChange comparison = ChangeCalculator.change(values.stream().filter(Observation::comparisonGroup).toList());
            UUID objectiveId = metric.indicatorId() == null ? null : objectiveOfIndicator.get(metric.indicatorId());
            return new MetricResult(metric, objectiveId, participants, comparison,
                    ChangeCalculator.netChange(participants, comparison));
        }).toList();
    }

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public RoiResult roi(UUID programId) {
        UUID org = organization.require();
        MeasurementSettings settings = settings(org, programId);
        List<CostLine> costs = new ArrayList<>();
        resourceCosts.forEach(source -> costs.addAll(source.costsOf(programId)));
        repository.costs(org, programId).forEach(cost -> costs.add(RoiCalculator.line(cost, settings.hourlyRate())));
        return RoiCalculator.calculate(settings.currency(), settings.hourlyRate(), costs,
                repository.benefits(org, programId));
    }

    /** Sessions held against planned, from the program's calendar (step 3). */
    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public Participation participation(UUID programId) {
        return ProgramProgress.participation(calendar.events(programId));
    }

    /** Goals achieved and average progress, from the HiPos' development plans (step 4). */
    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public GoalAttainment goalAttainment(UUID programId) {
        return ProgramProgress.goalAttainment(plans.plans(programId));
    }

    // --- Reports ----------------------------------------------------------------------------------

    /** The program's data as CSV sections: plan with results, values, costs, benefits, ROI. */
    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public byte[] dataCsv(UUID programId) {
        return MeasurementCsvExport.write(results(programId), observations(programId), roi(programId));
    }

    /** The program report for executives, as a PDF in {@code locale}. */
    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public byte[] reportPdf(UUID programId, Locale locale) {
        return reportPdf.render(report(programId, locale), locale, formats.current(locale));
    }

    /** The report's underlying data as an XLSX workbook with texts in {@code locale}. */
    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public byte[] dataXlsx(UUID programId, Locale locale) {
        return workbook.write(report(programId, locale), locale, formats.current(locale));
    }

    private MeasurementReport report(UUID programId, Locale locale) {
        Program program = programs.find(programId)
                .orElseThrow(() -> new ConcurrentEditException("measurement.error.gone"));
        return new MeasurementReport(program.name(), program.startDate(),
                LocalDate.now(organizationSettings.current().timeZone()), results(programId),
                observations(programId), participation(programId), goalAttainment(programId),
                feedbackSummaries(programId), settings(programId).anonymityThreshold(), roi(programId),
                contributions.getObject().reportSections(programId, locale));
    }

    /** The organization of the caller, once the program is known to be theirs. */
    UUID program(UUID programId) {
        UUID org = organization.require();
        if (!repository.programExists(org, programId)) {
            throw new ConcurrentEditException("measurement.error.gone");
        }
        return org;
    }
}
