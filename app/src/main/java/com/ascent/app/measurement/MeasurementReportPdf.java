package com.ascent.app.measurement;

import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.app.plugin.Contribution;
import com.ascent.plugin.api.contribution.ReportSection;
import com.ascent.app.report.PdfReport;
import com.ascent.app.report.ReportTexts;
import com.ascent.plugin.api.format.Formats;
import com.ascent.plugin.api.measurement.BenefitLine;
import com.ascent.plugin.api.measurement.CostLine;
import com.ascent.plugin.api.measurement.FeedbackSummary;
import com.ascent.plugin.api.measurement.GoalAttainment;
import com.ascent.plugin.api.measurement.MetricResult;
import com.ascent.plugin.api.measurement.Participation;
import com.ascent.plugin.api.measurement.RoiResult;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.stereotype.Component;

/**
 * The program report for executives: what changed, how the program ran, what people said about the
 * HiPos and what it returned, with the ROI's formula and every input so a reader can check it.
 */
@Component
class MeasurementReportPdf {

    private final AscentI18NProvider i18n;

    MeasurementReportPdf(AscentI18NProvider i18n) {
        this.i18n = i18n;
    }

    byte[] render(MeasurementReport report, Locale locale, Formats formats) {
        ReportTexts t = new ReportTexts(i18n, locale, formats);
        PdfReport pdf = new PdfReport(t.get("measurement.report.title", report.programName()));
        pdf.paragraph(t.get(report.started() ? "measurement.report.subtitle" : "measurement.report.subtitleNotStarted",
                t.date(report.programStart()), t.date(report.reportedOn())));
        summary(pdf, report, t);
        results(pdf, report, t);
        participation(pdf, report.participation(), t);
        goals(pdf, report.goals(), t);
        feedback(pdf, report, t);
        roi(pdf, report.roi(), t);
        contributions(pdf, report, t);
        return pdf.finish();
    }

    /** The sections the program's steps add, each under its step's title; a failed step's as not available. */
    private static void contributions(PdfReport pdf, MeasurementReport report, ReportTexts t) {
        for (Contribution<ReportSection> step : report.contributions()) {
            if (!step.available()) {
                pdf.heading(step.stepTitle());
                pdf.paragraph(t.get("contribution.notAvailable", step.stepTitle()));
            }
            for (ReportSection section : step.itemsOrNone()) {
                pdf.heading(step.stepTitle() + ": " + section.title());
                section.paragraphs().forEach(pdf::paragraph);
                if (!section.columns().isEmpty()) {
                    PdfPTable table = PdfReport.table(widths(section.columns().size()));
                    PdfReport.header(table, section.columns().toArray(String[]::new));
                    section.rows().forEach(row -> PdfReport.cells(table, row.toArray(String[]::new)));
                    pdf.add(table);
                }
            }
        }
    }

    private static float[] widths(int columns) {
        float[] widths = new float[columns];
        java.util.Arrays.fill(widths, 1);
        return widths;
    }

    private static void summary(PdfReport pdf, MeasurementReport report, ReportTexts t) {
        pdf.heading(t.get("measurement.report.summary"));
        PdfPTable table = PdfReport.table(2, 3);
        RoiResult roi = report.roi();
        PdfReport.row(table, t.get("measurement.report.roi"), roi.roiPercent() == null
                ? t.get("measurement.report.roiPending")
                : t.get("measurement.report.roiValue", t.number(roi.roiPercent()), t.number(roi.benefitCostRatio())));
        PdfReport.row(table, t.get("measurement.report.participation"), participationText(report.participation(), t));
        PdfReport.row(table, t.get("measurement.report.goals"), goalsText(report.goals(), t));
        long shown = report.feedback().stream().filter(FeedbackSummary::visible).count();
        PdfReport.row(table, t.get("measurement.report.feedback"),
                t.get("measurement.report.feedbackValue", shown, report.feedback().size()));
        pdf.add(table);
    }

    private static void results(PdfReport pdf, MeasurementReport report, ReportTexts t) {
        pdf.heading(t.get("measurement.report.results"));
        if (report.results().isEmpty()) {
            pdf.paragraph(t.get("measurement.report.noMetrics"));
            return;
        }
        PdfPTable table = PdfReport.table(3, 1.7f, 1, 1.1f, 1.1f, 1.3f, 1.8f, 1.8f);
        PdfReport.header(table, t.get("measurement.report.metric"), t.get("measurement.report.level"),
                t.get("measurement.report.people"), t.get("measurement.report.before"),
                t.get("measurement.report.after"), t.get("measurement.report.change"),
                t.get("measurement.report.comparisonChange"), t.get("measurement.report.netChange"));
        for (MetricResult result : report.results()) {
            PdfReport.cells(table, result.metric().name() + " (" + result.metric().unit() + ")",
                    t.get("measurement.level." + result.metric().level().name()),
                    String.valueOf(result.participants().people()), t.number(result.participants().baseline()),
                    t.number(result.participants().followUp()), signed(result.participants().change(), t),
                    signed(result.comparison().change(), t), signed(result.netChange(), t));
        }
        pdf.add(table);
        pdf.paragraph(t.get("measurement.report.resultsNote"));
    }

    private static void participation(PdfReport pdf, Participation participation, ReportTexts t) {
        pdf.heading(t.get("measurement.report.participation"));
        PdfPTable table = PdfReport.table(2, 3);
        PdfReport.row(table, t.get("measurement.report.sessionsPlanned"), String.valueOf(participation.planned()));
        PdfReport.row(table, t.get("measurement.report.sessionsHeld"), String.valueOf(participation.held()));
        PdfReport.row(table, t.get("measurement.report.sessionsCancelled"), String.valueOf(participation.cancelled()));
        PdfReport.row(table, t.get("measurement.report.sessionsOpen"), String.valueOf(participation.open()));
        PdfReport.row(table, t.get("measurement.report.heldShare"), percent(participation.heldPercent(), t));
        pdf.add(table);
    }

    private static void goals(PdfReport pdf, GoalAttainment goals, ReportTexts t) {
        pdf.heading(t.get("measurement.report.goals"));
        PdfPTable table = PdfReport.table(2, 3);
        PdfReport.row(table, t.get("measurement.report.plans"), String.valueOf(goals.plans()));
        PdfReport.row(table, t.get("measurement.report.goalCount"), String.valueOf(goals.goals()));
        PdfReport.row(table, t.get("measurement.report.goalsAchieved"), String.valueOf(goals.achieved()));
        PdfReport.row(table, t.get("measurement.report.achievedShare"), percent(goals.achievedPercent(), t));
        PdfReport.row(table, t.get("measurement.report.averageProgress"), percent(goals.averageProgress(), t));
        pdf.add(table);
    }

    private static void feedback(PdfReport pdf, MeasurementReport report, ReportTexts t) {
        pdf.heading(t.get("measurement.report.feedback"));
        pdf.paragraph(t.get("measurement.report.feedbackNote", report.anonymityThreshold()));
        if (report.feedback().isEmpty()) {
            pdf.paragraph(t.get("measurement.report.noHipos"));
            return;
        }
        PdfPTable table = PdfReport.table(2, 1.2f, 1.8f, 4);
        PdfReport.header(table, t.get("measurement.report.hipo"), t.get("measurement.report.responses"),
                t.get("measurement.report.average"), t.get("measurement.report.comments"));
        for (FeedbackSummary summary : report.feedback()) {
            if (!summary.visible()) {
                PdfReport.cells(table, summary.hipoName(), String.valueOf(summary.responses()),
                        t.get("measurement.report.tooFew"), "");
                continue;
            }
            String byRole = summary.byRole().entrySet().stream()
                    .map(e -> t.get("measurement.rater." + e.getKey().name()) + " " + t.number(e.getValue()))
                    .collect(Collectors.joining(", "));
            String average = t.get("measurement.report.averageValue", t.number(summary.overallAverage()))
                    + (byRole.isEmpty() ? "" : "\n" + byRole);
            PdfReport.cells(table, summary.hipoName(), String.valueOf(summary.responses()), average,
                    summary.comments().stream().map(c -> "“" + c + "”").collect(Collectors.joining("\n")));
        }
        pdf.add(table);
    }

    private static void roi(PdfReport pdf, RoiResult roi, ReportTexts t) {
        pdf.heading(t.get("measurement.report.roiTitle"));
        String benefits = money(roi.totalBenefits(), roi, t);
        String costs = money(roi.totalCosts(), roi, t);
        if (roi.roiPercent() == null) {
            pdf.paragraph(t.get("measurement.report.roiPending"));
        } else {
            pdf.paragraph(t.get("measurement.report.roiFormula", benefits, costs, t.number(roi.roiPercent())));
            pdf.paragraph(t.get("measurement.report.bcrFormula", benefits, costs, t.number(roi.benefitCostRatio())));
        }
        pdf.paragraph(t.get("measurement.report.costsTitle"));
        PdfPTable costTable = PdfReport.table(2, 4, 3);
        PdfReport.header(costTable, t.get("measurement.report.category"), t.get("measurement.report.description"),
                t.get("measurement.report.amount"));
        for (CostLine cost : roi.costs()) {
            String amount = cost.hours() == null ? money(cost.amount(), roi, t)
                    : t.get("measurement.report.timeCost", t.number(cost.hours()), money(roi.hourlyRate(), roi, t),
                    money(cost.amount(), roi, t));
            PdfReport.cells(costTable, t.get("measurement.cost." + cost.category().name())
                    + (cost.fromSupport() ? " " + t.get("measurement.report.fromSupport") : ""), cost.description(), amount);
        }
        PdfReport.cells(costTable, t.get("measurement.report.total"), "", costs);
        pdf.add(costTable);
        pdf.paragraph(t.get("measurement.report.benefitsTitle"));
        PdfPTable benefitTable = PdfReport.table(3.5f, 1.8f, 1.6f, 1.6f, 1.8f);
        PdfReport.header(benefitTable, t.get("measurement.report.benefit"), t.get("measurement.report.estimate"),
                t.get("measurement.report.isolation"), t.get("measurement.report.confidence"),
                t.get("measurement.report.counted"));
        for (BenefitLine line : roi.benefits()) {
            PdfReport.cells(benefitTable, line.benefit().description(), money(line.benefit().value(), roi, t),
                    percent(line.benefit().isolationPercent(), t), percent(line.benefit().confidencePercent(), t),
                    money(line.adjustedValue(), roi, t));
        }
        PdfReport.cells(benefitTable, t.get("measurement.report.total"), "", "", "", benefits);
        pdf.add(benefitTable);
    }

    private static String participationText(Participation participation, ReportTexts t) {
        return participation.planned() == 0 ? t.get("measurement.report.noSessions")
                : t.get("measurement.report.participationValue", participation.held(), participation.planned(),
                t.number(participation.heldPercent()));
    }

    private static String goalsText(GoalAttainment goals, ReportTexts t) {
        return goals.goals() == 0 ? t.get("measurement.report.noGoals")
                : t.get("measurement.report.goalsValue", goals.achieved(), goals.goals(),
                t.number(goals.averageProgress()));
    }

    private static String money(BigDecimal amount, RoiResult roi, ReportTexts t) {
        return t.money(amount);
    }

    private static String percent(@Nullable BigDecimal value, ReportTexts t) {
        return value == null ? "–" : t.number(value) + " %";
    }

    private static String signed(@Nullable BigDecimal value, ReportTexts t) {
        return value != null && value.signum() > 0 ? "+" + t.number(value) : t.number(value);
    }
}
