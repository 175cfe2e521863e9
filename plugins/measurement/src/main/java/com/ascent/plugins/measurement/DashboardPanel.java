package com.ascent.plugins.measurement;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.measurement.CostLine;
import com.ascent.plugin.api.measurement.FeedbackSummary;
import com.ascent.plugin.api.measurement.GoalAttainment;
import com.ascent.plugin.api.measurement.GroupChange;
import com.ascent.plugin.api.measurement.MeasurementService;
import com.ascent.plugin.api.measurement.MetricResult;
import com.ascent.plugin.api.measurement.Observation;
import com.ascent.plugin.api.measurement.Participation;
import com.ascent.plugin.api.measurement.Phase;
import com.ascent.plugin.api.measurement.RoiResult;
import com.ascent.plugin.api.objectives.Objective;
import com.ascent.plugin.api.progress.ParticipantProgress;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What the program achieved: ROI, costs, participation (sessions held), goal attainment, feedback and
 * how many HiPos are measured, then before and after per objective and metric (bars built from
 * plain components); the program report (PDF) and its data (XLSX, CSV) to download.
 */
class DashboardPanel extends VerticalLayout {

    /** Stands for "no objective" as a map key: standard and additional metrics. */
    private static final UUID NO_OBJECTIVE = new UUID(0, 0);

    private final StepContext context;
    private final Translator messages;

    DashboardPanel(StepContext context) {
        this.context = context;
        this.messages = context.messages();
        setPadding(false);
        setId("measurement-dashboard");
        refresh();
    }

    void refresh() {
        removeAll();
        add(headline(), participants(), downloads());
        List<MetricResult> results = context.measurement().results();
        if (results.isEmpty()) {
            add(new Paragraph(messages.get("dashboard.empty")));
            return;
        }
        Map<UUID, List<MetricResult>> byObjective = results.stream()
                .collect(Collectors.groupingBy(r -> r.objectiveId() == null ? NO_OBJECTIVE : r.objectiveId()));
        int index = 0;
        for (Objective objective : context.objectives().list()) {
            List<MetricResult> ofObjective = byObjective.getOrDefault(objective.id(), List.of());
            if (!ofObjective.isEmpty()) {
                add(new H3(messages.get("dashboard.objective", objective.title())));
                for (MetricResult result : ofObjective) {
                    add(metric(result, index++));
                }
            }
        }
        List<MetricResult> standard = byObjective.getOrDefault(NO_OBJECTIVE, List.of());
        if (!standard.isEmpty()) {
            add(new H3(messages.get("dashboard.standard")));
            for (MetricResult result : standard) {
                add(metric(result, index++));
            }
        }
    }

    /** The figures an executive asks for first, one card each. */
    private Div headline() {
        Div cards = new Div();
        cards.setId("dashboard-figures");
        cards.setWidthFull();
        cards.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(14em, 1fr))")
                .set("gap", "var(--lumo-space-m)");
        MeasurementService measurement = context.measurement();
        RoiResult roi = measurement.roi();
        String currency = roi.currency();
        // Costs without any estimated benefit would read as -100 %: not a result, only missing input.
        cards.add(roi.roiPercent() == null || roi.benefitCostRatio() == null || roi.benefits().isEmpty()
                ? card("dashboard-roi", "dashboard.roiTitle", "–", messages.get(roi.roiPercent() == null
                ? "dashboard.roiPending" : "dashboard.roiNoBenefits"))
                : card("dashboard-roi", "dashboard.roiTitle", messages.get("dashboard.percent", context.formats().number(roi.roiPercent())),
                messages.get("dashboard.roiDetail", context.formats().number(roi.benefitCostRatio()),
                        money(roi.totalBenefits()), money(roi.totalCosts()))));
        BigDecimal resources = roi.costs().stream().filter(CostLine::fromSupport).map(CostLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        cards.add(card("dashboard-costs", "dashboard.costsTitle", money(roi.totalCosts()),
                resources.signum() == 0 ? messages.get("dashboard.costsNoResources")
                        : messages.get("dashboard.costsResources", money(resources))));
        Participation participation = measurement.participation();
        cards.add(participation.heldPercent() == null
                ? card("dashboard-participation", "dashboard.participationTitle", "–", messages.get("dashboard.noSessions"))
                : card("dashboard-participation", "dashboard.participationTitle",
                messages.get("dashboard.percent", context.formats().number(participation.heldPercent())),
                messages.get("dashboard.sessions", participation.held(), participation.planned(), participation.cancelled())));
        GoalAttainment goals = measurement.goalAttainment();
        cards.add(goals.achievedPercent() == null
                ? card("dashboard-goals", "dashboard.goalsTitle", "–", messages.get("dashboard.noGoals"))
                : card("dashboard-goals", "dashboard.goalsTitle",
                messages.get("dashboard.percent", context.formats().number(goals.achievedPercent())),
                messages.get("dashboard.goals", goals.achieved(), goals.goals(), context.formats().number(goals.averageProgress()))));
        List<FeedbackSummary> feedback = measurement.feedbackSummaries();
        List<BigDecimal> averages = feedback.stream().map(FeedbackSummary::overallAverage).filter(Objects::nonNull).toList();
        cards.add(averages.isEmpty()
                ? card("dashboard-feedback", "dashboard.feedbackTitle", "–", messages.get("dashboard.feedbackPending",
                feedback.stream().mapToInt(FeedbackSummary::responses).sum()))
                : card("dashboard-feedback", "dashboard.feedbackTitle", messages.get("dashboard.outOfFive",
                context.formats().number(averages.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(averages.size()), 2, RoundingMode.HALF_UP))),
                messages.get("dashboard.feedback", averages.size(), feedback.size())));
        Set<UUID> hipos = context.roster().members().stream().filter(m -> m.role() == RosterRole.HIPO)
                .map(RosterMember::personId).filter(Objects::nonNull).collect(Collectors.toSet());
        List<Observation> values = measurement.observations().stream().filter(o -> !o.comparisonGroup()).toList();
        long measured = hipos.stream().filter(h -> has(values, h, Phase.BASELINE) && has(values, h, Phase.FOLLOW_UP)).count();
        cards.add(card("dashboard-measured", "dashboard.measuredTitle",
                messages.get("dashboard.measured", measured, hipos.size()), messages.get("dashboard.measuredDetail")));
        return cards;
    }

    /** How each HiPo takes part (plugin API 1.5.0): sessions held, goals updated, the latest feedback round answered. */
    private Grid<ParticipantProgress> participants() {
        Grid<ParticipantProgress> grid = new Grid<>();
        grid.setId("dashboard-participants");
        grid.addColumn(ParticipantProgress::hipoName).setHeader(messages.get("dashboard.participant"));
        grid.addColumn(p -> messages.get("dashboard.ofTotal", p.sessionsHeld(), p.sessionsPlanned()))
                .setHeader(messages.get("dashboard.participantSessions"));
        grid.addColumn(p -> messages.get("dashboard.ofTotal", p.goalsUpdated(), p.goals()))
                .setHeader(messages.get("dashboard.participantGoals"));
        grid.addColumn(p -> p.feedbackRounds().isEmpty() ? "–" : messages.get("dashboard.ofTotal",
                        p.feedbackRounds().getFirst().answered(), p.feedbackRounds().getFirst().asked()))
                .setHeader(messages.get("dashboard.participantFeedback"));
        grid.setItems(context.progress().participants());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Div card(String id, String titleKey, String value, String detail) {
        Div card = new Div();
        card.setId(id + "-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        Span title = new Span(messages.get(titleKey));
        title.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Span figure = new Span(value);
        figure.setId(id);
        figure.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        Span explanation = new Span(detail);
        explanation.setId(id + "-detail");
        explanation.getStyle().set("font-size", "var(--lumo-font-size-s)");
        card.add(title, figure, explanation);
        return card;
    }

    /** The program report and its data, made by the host when the user asks for them. */
    private HorizontalLayout downloads() {
        HorizontalLayout row = new HorizontalLayout();
        row.setId("dashboard-downloads");
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.add(new Span(messages.get("dashboard.downloads")));
        row.add(download("download-report-pdf", "dashboard.downloadPdf", "program-report.pdf", "application/pdf",
                () -> context.measurement().reportPdf()));
        row.add(download("download-data-xlsx", "dashboard.downloadXlsx", "measurement-data.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", () -> context.measurement().dataXlsx()));
        row.add(download("download-data-csv", "dashboard.downloadCsv", "measurement-data.csv", "text/csv",
                () -> context.measurement().dataCsv()));
        return row;
    }

    private Anchor download(String id, String textKey, String fileName, String contentType, Supplier<byte[]> bytes) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, contentType, content.length);
        }), messages.get(textKey));
        anchor.setId(id);
        return anchor;
    }

    private String money(BigDecimal amount) {
        return context.formats().money(amount);
    }

    private static boolean has(List<Observation> values, UUID person, Phase phase) {
        return values.stream().anyMatch(o -> o.personId().equals(person) && o.phase() == phase);
    }

    private Div metric(MetricResult result, int index) {
        Div card = new Div();
        String id = "dashboard-metric-" + index;
        card.setId(id);
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("width", "100%").set("box-sizing", "border-box");
        card.add(new H4(result.metric().name() + " · " + messages.get("level." + result.metric().level().name())));
        GroupChange hipos = result.participants();
        if (hipos.people() == 0) {
            card.add(new Paragraph(messages.get("dashboard.noValues")));
            return card;
        }
        Span change = new Span(messages.get("dashboard.change", context.formats().number(hipos.baseline()),
                context.formats().number(hipos.followUp()), signed(hipos.change()), hipos.people()));
        change.setId(id + "-change");
        card.add(new Paragraph(change));
        BigDecimal scale = max(hipos, result.comparison());
        card.add(bar(messages.get("dashboard.before"), hipos.baseline(), scale, "var(--lumo-contrast-40pct)"));
        card.add(bar(messages.get("dashboard.after"), hipos.followUp(), scale, "var(--lumo-primary-color)"));
        if (result.comparison().people() > 0) {
            Span comparison = new Span(messages.get("dashboard.comparison", signed(result.comparison().change()),
                    result.comparison().people(), signed(result.netChange())));
            comparison.setId(id + "-comparison");
            card.add(new Paragraph(comparison));
        }
        return card;
    }

    /** A horizontal bar whose length is {@code value} relative to {@code scale}. */
    private Div bar(String label, @Nullable BigDecimal value, BigDecimal scale, String color) {
        Div row = new Div();
        row.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)");
        Span name = new Span(label);
        name.getStyle().set("width", "5em").set("font-size", "var(--lumo-font-size-s)");
        Div fill = new Div();
        double share = value == null || scale.signum() == 0 ? 0
                : Math.max(0, value.divide(scale, 4, RoundingMode.HALF_UP).doubleValue());
        fill.getStyle().set("background", color).set("height", "0.8em").set("border-radius", "2px")
                .set("width", String.format(Locale.ROOT, "%.1f%%", share * 70));
        Span number = new Span(context.formats().number(value));
        number.getStyle().set("font-size", "var(--lumo-font-size-s)");
        row.add(name, fill, number);
        return row;
    }

    private static BigDecimal max(GroupChange hipos, GroupChange comparison) {
        return Stream.of(hipos.baseline(), hipos.followUp(), comparison.baseline(), comparison.followUp())
                .filter(Objects::nonNull).map(BigDecimal::abs).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
    }

    private String signed(@Nullable BigDecimal value) {
        return value != null && value.signum() > 0 ? "+" + context.formats().number(value) : context.formats().number(value);
    }
}
