package com.ascent.app.measurement;

import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.app.plugin.Contribution;
import com.ascent.plugin.api.contribution.ReportSection;
import com.ascent.app.report.ReportTexts;
import com.ascent.plugin.api.format.Formats;
import com.ascent.plugin.api.measurement.BenefitLine;
import com.ascent.plugin.api.measurement.CostLine;
import com.ascent.plugin.api.measurement.FeedbackSummary;
import com.ascent.plugin.api.measurement.GoalAttainment;
import com.ascent.plugin.api.measurement.Metric;
import com.ascent.plugin.api.measurement.MetricResult;
import com.ascent.plugin.api.measurement.Observation;
import com.ascent.plugin.api.measurement.Participation;
import com.ascent.plugin.api.measurement.RaterRole;
import com.ascent.plugin.api.measurement.RoiResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The program report's underlying data as an Excel workbook, one sheet per kind, with a header row
 * in the reader's language and numbers and dates as real cells, ready for a pivot table.
 */
@Component
class MeasurementWorkbook {

    private static final String DATE_FORMAT = "yyyy-mm-dd";

    private final AscentI18NProvider i18n;

    MeasurementWorkbook(AscentI18NProvider i18n) {
        this.i18n = i18n;
    }

    byte[] write(MeasurementReport report, Locale locale, Formats formats) {
        ReportTexts t = new ReportTexts(i18n, locale, formats);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Ascent", "1.0")) {
            results(workbook.newWorksheet(t.get("measurement.sheet.results")), report, t);
            values(workbook.newWorksheet(t.get("measurement.sheet.values")), report, t);
            progress(workbook.newWorksheet(t.get("measurement.sheet.progress")), report.participation(), report.goals(), t);
            feedback(workbook.newWorksheet(t.get("measurement.sheet.feedback")), report, t);
            costs(workbook.newWorksheet(t.get("measurement.sheet.costs")), report.roi(), t);
            benefits(workbook.newWorksheet(t.get("measurement.sheet.benefits")), report.roi(), t);
            roi(workbook.newWorksheet(t.get("measurement.sheet.roi")), report.roi(), t);
            java.util.Set<String> used = new java.util.HashSet<>();
            for (String sheet : List.of("results", "values", "progress", "feedback", "costs", "benefits", "roi")) {
                used.add(t.get("measurement.sheet." + sheet));
            }
            for (Contribution<ReportSection> step : report.contributions()) {
                contribution(workbook.newWorksheet(sheetName(step.stepTitle(), used)), step, t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A step's sections one below the other: title, paragraphs, then its table's header and rows. */
    private static void contribution(Worksheet sheet, Contribution<ReportSection> step, ReportTexts t) {
        int row = 0;
        if (!step.available()) {
            sheet.value(row, 0, t.get("contribution.notAvailable", step.stepTitle()));
        }
        for (ReportSection section : step.itemsOrNone()) {
            sheet.value(row, 0, section.title());
            sheet.style(row, 0).bold().set();
            row++;
            for (String paragraph : section.paragraphs()) {
                sheet.value(row++, 0, paragraph);
            }
            for (int c = 0; c < section.columns().size(); c++) {
                sheet.value(row, c, section.columns().get(c));
                sheet.style(row, c).bold().set();
            }
            row = section.columns().isEmpty() ? row : row + 1;
            for (List<String> cells : section.rows()) {
                for (int c = 0; c < cells.size(); c++) {
                    sheet.value(row, c, cells.get(c));
                }
                row++;
            }
            row++;
        }
    }

    /** A sheet name Excel accepts: none of []:*?/\, at most 31 characters, unique in the workbook. */
    private static String sheetName(String title, java.util.Set<String> used) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        name = name.isEmpty() ? "Step" : name;
        String candidate = name.length() > 31 ? name.substring(0, 31) : name;
        for (int i = 2; used.contains(candidate); i++) {
            String suffix = " " + i;
            candidate = (name.length() > 31 - suffix.length() ? name.substring(0, 31 - suffix.length()) : name) + suffix;
        }
        used.add(candidate);
        return candidate;
    }

    private static void results(Worksheet sheet, MeasurementReport report, ReportTexts t) {
        header(sheet, t, "metric", "unit", "level", "baselineDate", "people", "before", "after", "change",
                "comparisonPeople", "comparisonChange", "netChange");
        int row = 1;
        for (MetricResult result : report.results()) {
            Metric metric = result.metric();
            sheet.value(row, 0, metric.name());
            sheet.value(row, 1, metric.unit());
            sheet.value(row, 2, t.get("measurement.level." + metric.level().name()));
            date(sheet, row, 3, metric.baselineDate());
            sheet.value(row, 4, result.participants().people());
            sheet.value(row, 5, result.participants().baseline());
            sheet.value(row, 6, result.participants().followUp());
            sheet.value(row, 7, result.participants().change());
            sheet.value(row, 8, result.comparison().people());
            sheet.value(row, 9, result.comparison().change());
            sheet.value(row, 10, result.netChange());
            row++;
        }
    }

    private static void values(Worksheet sheet, MeasurementReport report, ReportTexts t) {
        header(sheet, t, "metric", "person", "group", "phase", "date", "value");
        Map<UUID, Metric> metrics = report.metrics();
        int row = 1;
        for (Observation value : report.observations()) {
            sheet.value(row, 0, metrics.get(value.metricId()).name());
            sheet.value(row, 1, value.personName());
            sheet.value(row, 2, t.get(value.comparisonGroup() ? "measurement.group.comparison" : "measurement.group.hipo"));
            sheet.value(row, 3, t.get("measurement.phase." + value.phase().name()));
            date(sheet, row, 4, value.observedOn());
            sheet.value(row, 5, value.value());
            row++;
        }
    }

    private static void progress(Worksheet sheet, Participation participation, GoalAttainment goals, ReportTexts t) {
        header(sheet, t, "figure", "value");
        Object[][] figures = {
                {"sessionsPlanned", participation.planned()}, {"sessionsHeld", participation.held()},
                {"sessionsCancelled", participation.cancelled()}, {"sessionsOpen", participation.open()},
                {"heldShare", participation.heldPercent()}, {"plans", goals.plans()}, {"goalCount", goals.goals()},
                {"goalsAchieved", goals.achieved()}, {"achievedShare", goals.achievedPercent()},
                {"averageProgress", goals.averageProgress()}};
        for (int i = 0; i < figures.length; i++) {
            sheet.value(i + 1, 0, t.get("measurement.report." + figures[i][0]));
            sheet.value(i + 1, 1, (Number) figures[i][1]);
        }
    }

    private static void feedback(Worksheet sheet, MeasurementReport report, ReportTexts t) {
        header(sheet, t, "hipo", "responses", "average");
        RaterRole[] roles = RaterRole.values();
        for (int i = 0; i < roles.length; i++) {
            sheet.value(0, 3 + i, t.get("measurement.rater." + roles[i].name()));
        }
        sheet.value(0, 3 + roles.length, t.get("measurement.sheet.column.comments"));
        int row = 1;
        for (FeedbackSummary summary : report.feedback()) {
            sheet.value(row, 0, summary.hipoName());
            sheet.value(row, 1, summary.responses());
            sheet.value(row, 2, summary.overallAverage());
            for (int i = 0; i < roles.length; i++) {
                sheet.value(row, 3 + i, summary.byRole().get(roles[i]));
            }
            sheet.value(row, 3 + roles.length, String.join("\n", summary.comments()));
            row++;
        }
    }

    private static void costs(Worksheet sheet, RoiResult roi, ReportTexts t) {
        header(sheet, t, "category", "description", "fromSupport", "hours", "amount", "currency");
        int row = 1;
        for (CostLine cost : roi.costs()) {
            sheet.value(row, 0, t.get("measurement.cost." + cost.category().name()));
            sheet.value(row, 1, cost.description());
            sheet.value(row, 2, cost.fromSupport());
            sheet.value(row, 3, cost.hours());
            money(sheet, row, 4, cost.amount(), roi);
            sheet.value(row, 5, roi.currency());
            row++;
        }
    }

    private static void benefits(Worksheet sheet, RoiResult roi, ReportTexts t) {
        header(sheet, t, "benefit", "estimate", "isolation", "confidence", "counted", "currency");
        int row = 1;
        for (BenefitLine line : roi.benefits()) {
            sheet.value(row, 0, line.benefit().description());
            money(sheet, row, 1, line.benefit().value(), roi);
            sheet.value(row, 2, line.benefit().isolationPercent());
            sheet.value(row, 3, line.benefit().confidencePercent());
            money(sheet, row, 4, line.adjustedValue(), roi);
            sheet.value(row, 5, roi.currency());
            row++;
        }
    }

    private static void roi(Worksheet sheet, RoiResult roi, ReportTexts t) {
        header(sheet, t, "figure", "value");
        Object[][] figures = {
                {"totalCosts", roi.totalCosts(), true}, {"totalBenefits", roi.totalBenefits(), true},
                {"netBenefits", roi.netBenefits(), true}, {"roiPercent", roi.roiPercent(), false},
                {"benefitCostRatio", roi.benefitCostRatio(), false}, {"hourlyRate", roi.hourlyRate(), true}};
        for (int i = 0; i < figures.length; i++) {
            sheet.value(i + 1, 0, t.get("measurement.sheet.column." + figures[i][0]));
            if ((Boolean) figures[i][2]) {
                money(sheet, i + 1, 1, (BigDecimal) figures[i][1], roi);
            } else {
                sheet.value(i + 1, 1, (Number) figures[i][1]);
            }
        }
        sheet.value(figures.length + 1, 0, t.get("measurement.sheet.column.currency"));
        sheet.value(figures.length + 1, 1, roi.currency());
    }

    private static void header(Worksheet sheet, ReportTexts t, String... columns) {
        for (int i = 0; i < columns.length; i++) {
            sheet.value(0, i, t.get("measurement.sheet.column." + columns[i]));
            sheet.style(0, i).bold().set();
            sheet.width(i, 18);
        }
    }

    /** An amount as a number a spreadsheet can add up, shown with the organization's currency. */
    private static void money(Worksheet sheet, int row, int column, @Nullable BigDecimal amount, RoiResult roi) {
        if (amount != null) {
            sheet.value(row, column, amount);
            // Literal characters escaped one by one: a quoted "EUR" would break the styles' XML.
            StringBuilder format = new StringBuilder("#,##0.00\\ ");
            roi.currency().chars().forEach(c -> format.append('\\').append((char) c));
            sheet.style(row, column).format(format.toString()).set();
        }
    }

    private static void date(Worksheet sheet, int row, int column, @Nullable LocalDate date) {
        if (date != null) {
            sheet.value(row, column, date);
            sheet.style(row, column).format(DATE_FORMAT).set();
        }
    }
}
