package com.ascent.plugins.measurement;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.measurement.FeedbackSummary;
import com.ascent.plugin.api.measurement.GroupChange;
import com.ascent.plugin.api.measurement.MetricResult;
import com.ascent.plugin.api.measurement.Observation;
import com.ascent.plugin.api.measurement.Phase;
import com.ascent.plugin.api.measurement.RoiResult;
import com.ascent.plugin.api.objectives.Objective;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What the program achieved: before and after per objective and metric (bars built from plain
 * components), participation, feedback and ROI, with the underlying data to download.
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
        add(headline());
        List<MetricResult> results = context.measurement().results();
        if (results.isEmpty()) {
            add(new Paragraph(messages.get("dashboard.empty")));
            return;
        }
        Map<UUID, String> objectiveTitles = context.objectives().list().stream()
                .collect(Collectors.toMap(Objective::id, Objective::title));
        Map<UUID, List<MetricResult>> byObjective = results.stream()
                .collect(Collectors.groupingBy(r -> r.objectiveId() == null ? NO_OBJECTIVE : r.objectiveId()));
        int index = 0;
        for (Objective objective : context.objectives().list()) {
            List<MetricResult> ofObjective = byObjective.getOrDefault(objective.id(), List.of());
            if (!ofObjective.isEmpty()) {
                add(new H4(messages.get("dashboard.objective", objectiveTitles.get(objective.id()))));
                for (MetricResult result : ofObjective) {
                    add(metric(result, index++));
                }
            }
        }
        List<MetricResult> standard = byObjective.getOrDefault(NO_OBJECTIVE, List.of());
        if (!standard.isEmpty()) {
            add(new H4(messages.get("dashboard.standard")));
            for (MetricResult result : standard) {
                add(metric(result, index++));
            }
        }
        byte[] data = context.measurement().dataCsv();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(data), "measurement-data.csv", "text/csv", data.length)),
                messages.get("dashboard.download"));
        download.setId("download-data-csv");
        add(download);
    }

    private Div headline() {
        Div headline = new Div();
        headline.setWidthFull();
        RoiResult roi = context.measurement().roi();
        Span roiText = new Span(roi.roiPercent() == null || roi.benefitCostRatio() == null
                ? messages.get("dashboard.roiPending")
                : messages.get("dashboard.roi", Inputs.format(roi.roiPercent(), messages),
                Inputs.format(roi.benefitCostRatio(), messages)));
        roiText.setId("dashboard-roi");
        roiText.getElement().getThemeList().add("badge");
        headline.add(new Paragraph(roiText));
        Set<UUID> hipos = context.roster().members().stream().filter(m -> m.role() == RosterRole.HIPO)
                .map(RosterMember::personId).filter(Objects::nonNull).collect(Collectors.toSet());
        List<Observation> values = context.measurement().observations().stream().filter(o -> !o.comparisonGroup()).toList();
        long measured = hipos.stream().filter(h -> has(values, h, Phase.BASELINE) && has(values, h, Phase.FOLLOW_UP)).count();
        Span participation = new Span(messages.get("dashboard.participation", measured, hipos.size()));
        participation.setId("dashboard-participation");
        headline.add(new Paragraph(participation));
        List<FeedbackSummary> feedback = context.measurement().feedbackSummaries();
        List<BigDecimal> averages = feedback.stream().map(FeedbackSummary::overallAverage).filter(Objects::nonNull).toList();
        Span feedbackText = new Span(averages.isEmpty() ? messages.get("dashboard.feedbackPending",
                feedback.stream().mapToInt(FeedbackSummary::responses).sum())
                : messages.get("dashboard.feedback", averages.size(), Inputs.format(averages.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(averages.size()), 2, RoundingMode.HALF_UP), messages)));
        feedbackText.setId("dashboard-feedback");
        headline.add(new Paragraph(feedbackText));
        return headline;
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
        card.add(new H5(result.metric().name() + " · " + messages.get("level." + result.metric().level().name())));
        GroupChange hipos = result.participants();
        if (hipos.people() == 0) {
            card.add(new Paragraph(messages.get("dashboard.noValues")));
            return card;
        }
        Span change = new Span(messages.get("dashboard.change", Inputs.format(hipos.baseline(), messages),
                Inputs.format(hipos.followUp(), messages), signed(hipos.change()), hipos.people()));
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
        Span number = new Span(Inputs.format(value, messages));
        number.getStyle().set("font-size", "var(--lumo-font-size-s)");
        row.add(name, fill, number);
        return row;
    }

    private static BigDecimal max(GroupChange hipos, GroupChange comparison) {
        return Stream.of(hipos.baseline(), hipos.followUp(), comparison.baseline(), comparison.followUp())
                .filter(Objects::nonNull).map(BigDecimal::abs).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
    }

    private String signed(@Nullable BigDecimal value) {
        return value != null && value.signum() > 0 ? "+" + Inputs.format(value, messages) : Inputs.format(value, messages);
    }
}
