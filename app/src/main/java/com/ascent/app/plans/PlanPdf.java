package com.ascent.app.plans;

import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.app.program.Program;
import com.ascent.app.report.PdfReport;
import com.ascent.app.report.ReportTexts;
import com.ascent.plugin.api.format.Formats;
import com.ascent.plugin.api.objectives.Objective;
import com.ascent.plugin.api.people.Person;
import com.ascent.plugin.api.plans.Activity;
import com.ascent.plugin.api.plans.DevelopmentPlan;
import com.ascent.plugin.api.plans.SignOff;
import com.ascent.plugin.api.plans.Gap;
import com.ascent.plugin.api.plans.Goal;
import com.ascent.plugin.api.plans.ProgramPeriod;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.RosterMember;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.stereotype.Component;

/**
 * Renders a development plan as a PDF that a HiPo and their manager sign. Generated in the host
 * (OpenPDF is a dependency of the app only), so a plugin asks for the bytes and never bundles a PDF
 * library.
 */
@Component
class PlanPdf {

    /** Everything printed on the plan. */
    /** @param signedByManager the manager signed the plan off from their own account (not recorded by HR for them) */
    record Content(Program program, RosterMember hipo, @Nullable Person manager, DevelopmentPlan plan,
                   List<Objective> objectives, List<Guide> guides, ProgramPeriod period, boolean signedByManager) {
    }

    /** The HiPo's mentor or coach. */
    record Guide(PairKind kind, String name) {
    }

    private final AscentI18NProvider i18n;

    PlanPdf(AscentI18NProvider i18n) {
        this.i18n = i18n;
    }

    byte[] render(Content content, Locale locale, Formats formats) {
        ReportTexts t = new ReportTexts(i18n, locale, formats);
        PdfReport report = new PdfReport(t.get("plans.pdf.title", content.hipo().displayName()));
        report.paragraph(t.get("plans.pdf.program", content.program().name(),
                t.date(content.period().starts()), t.date(content.period().ends())));
        person(report, content, t);
        strengths(report, content.plan(), t);
        gaps(report, content.plan().gaps(), t);
        goals(report, content, t);
        activities(report, content.plan(), t);
        signatures(report, content, t);
        return report.finish();
    }

    private static void person(PdfReport report, Content content, ReportTexts t) {
        report.heading(t.get("plans.pdf.person"));
        RosterMember hipo = content.hipo();
        PdfPTable table = PdfReport.table(1, 3);
        PdfReport.row(table, t.get("plans.pdf.name"), hipo.displayName());
        if (hipo.person() != null) {
            PdfReport.row(table, t.get("plans.pdf.role"), hipo.person().title() + ", " + hipo.person().function());
        }
        PdfReport.row(table, t.get("plans.pdf.manager"), content.manager() == null ? "–" : content.manager().fullName());
        for (Guide guide : content.guides()) {
            PdfReport.row(table, t.get("plans.pdf.guide." + guide.kind().name()), guide.name());
        }
        report.add(table);
    }

    private static void strengths(PdfReport report, DevelopmentPlan plan, ReportTexts t) {
        report.heading(t.get("plans.pdf.strengths"));
        report.paragraph(plan.strengths().isBlank() ? "–" : plan.strengths());
    }

    private static void gaps(PdfReport report, List<Gap> gaps, ReportTexts t) {
        report.heading(t.get("plans.pdf.gaps"));
        if (gaps.isEmpty()) {
            report.paragraph(t.get("plans.pdf.none"));
            return;
        }
        PdfPTable table = PdfReport.table(3, 1, 1, 4);
        PdfReport.header(table, t.get("plans.pdf.capability"), t.get("plans.pdf.current"), t.get("plans.pdf.target"),
                t.get("plans.pdf.evidence"));
        for (Gap gap : gaps) {
            PdfReport.cells(table, gap.capabilityName(), String.valueOf(gap.currentLevel()), String.valueOf(gap.targetLevel()),
                    gap.evidence());
        }
        report.add(table);
    }

    private static void goals(PdfReport report, Content content, ReportTexts t) {
        report.heading(t.get("plans.pdf.goals"));
        if (content.plan().goals().isEmpty()) {
            report.paragraph(t.get("plans.pdf.none"));
            return;
        }
        Map<UUID, String> titles = content.objectives().stream()
                .collect(Collectors.toMap(Objective::id, Objective::title));
        PdfPTable table = PdfReport.table(4, 3, 2, 2, 3);
        PdfReport.header(table, t.get("plans.pdf.outcome"), t.get("plans.pdf.measure"), t.get("plans.pdf.goalTarget"),
                t.get("plans.pdf.due"), t.get("plans.pdf.objectives"));
        for (Goal goal : content.plan().goals()) {
            PdfReport.cells(table, goal.outcome(), goal.measure(), goal.target(), t.date(goal.dueDate()),
                    goal.objectiveIds().stream().map(titles::get).filter(java.util.Objects::nonNull)
                            .collect(Collectors.joining("; ")));
        }
        report.add(table);
    }

    private static void activities(PdfReport report, DevelopmentPlan plan, ReportTexts t) {
        report.heading(t.get("plans.pdf.activities"));
        if (plan.activities().isEmpty()) {
            report.paragraph(t.get("plans.pdf.none"));
            return;
        }
        Map<UUID, Goal> goals = plan.goals().stream().collect(Collectors.toMap(Goal::id, Function.identity()));
        PdfPTable table = PdfReport.table(4, 3, 3, 2, 2);
        PdfReport.header(table, t.get("plans.pdf.activity"), t.get("plans.pdf.kind"), t.get("plans.pdf.when"),
                t.get("plans.pdf.owner"), t.get("plans.pdf.status"));
        for (Activity activity : plan.activities()) {
            Goal goal = activity.goalId() == null ? null : goals.get(activity.goalId());
            String title = goal == null ? activity.title()
                    : activity.title() + "\n" + t.get("plans.pdf.forGoal", goal.outcome());
            PdfReport.cells(table, title,
                    t.get("plans.kind." + activity.kind().name()) + " (" + t.get("plans.mode." + activity.kind().mode().name()) + ")",
                    period(t, activity.startsOn(), activity.endsOn()), activity.owner(),
                    t.get("plans.status." + activity.status().name()));
        }
        report.add(table);
    }

    private static void signatures(PdfReport report, Content content, ReportTexts t) {
        report.heading(t.get("plans.pdf.signOff"));
        report.paragraph(t.get("plans.pdf.signOffText"));
        PdfPTable table = PdfReport.table(1, 1);
        String manager = content.manager() == null ? "" : content.manager().fullName();
        for (String who : List.of(t.get("plans.pdf.signHipo", content.hipo().displayName()),
                t.get("plans.pdf.signManager", manager))) {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(0);
            cell.setPaddingTop(36);
            cell.addElement(new Paragraph("______________________________", PdfReport.BODY));
            cell.addElement(new Paragraph(who, PdfReport.BODY));
            cell.addElement(new Paragraph(t.get("plans.pdf.dateLine"), PdfReport.BODY));
            table.addCell(cell);
        }
        report.add(table);
        SignOff signOff = content.plan().signOff();
        if (signOff != null) {
            String day = t.date(signOff.signedAt().atZone(t.formats().zone()).toLocalDate());
            String time = t.formats().time(signOff.signedAt().atZone(t.formats().zone()).toLocalTime());
            report.paragraph(content.signedByManager()
                    ? t.get("participants.pdf.signedByManager", signOff.recordedBy(), day, time)
                    : t.get("plans.pdf.signedOff", signOff.managerName(), day, signOff.recordedBy()));
        }
    }

    private static String period(ReportTexts t, @Nullable LocalDate from, @Nullable LocalDate to) {
        if (from == null && to == null) {
            return t.get("plans.pdf.unscheduled");
        }
        return (from == null ? "…" : t.date(from)) + " – " + (to == null ? "…" : t.date(to));
    }
}
