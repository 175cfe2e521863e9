package com.ascent.app.plans;

import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.app.program.Program;
import com.ascent.plugin.api.objectives.Objective;
import com.ascent.plugin.api.people.Person;
import com.ascent.plugin.api.plans.Activity;
import com.ascent.plugin.api.plans.DevelopmentPlan;
import com.ascent.plugin.api.plans.Gap;
import com.ascent.plugin.api.plans.Goal;
import com.ascent.plugin.api.plans.ProgramPeriod;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.RosterMember;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Renders a development plan as a PDF that a HiPo and their manager sign. Generated in the host
 * (OpenPDF is a dependency of the app only), so a plugin asks for the bytes and never bundles a PDF
 * library.
 */
@Component
class PlanPdf {

    /** Everything printed on the plan. */
    record Content(Program program, RosterMember hipo, @Nullable Person manager, DevelopmentPlan plan,
                   List<Objective> objectives, List<Guide> guides, ProgramPeriod period) {
    }

    /** The HiPo's mentor or coach. */
    record Guide(PairKind kind, String name) {
    }

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

    private final AscentI18NProvider i18n;

    PlanPdf(AscentI18NProvider i18n) {
        this.i18n = i18n;
    }

    byte[] render(Content content, Locale locale) {
        Texts t = new Texts(i18n, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle(t.get("plans.pdf.title", content.hipo().displayName()));
        document.open();
        document.add(new Paragraph(t.get("plans.pdf.title", content.hipo().displayName()), TITLE));
        document.add(new Paragraph(t.get("plans.pdf.program", content.program().name(),
                t.date(content.period().starts()), t.date(content.period().ends())), BODY));
        person(document, content, t);
        strengths(document, content.plan(), t);
        gaps(document, content.plan().gaps(), t);
        goals(document, content, t);
        activities(document, content.plan(), t);
        signatures(document, content, t);
        document.close();
        return out.toByteArray();
    }

    private static void person(Document document, Content content, Texts t) {
        heading(document, t.get("plans.pdf.person"));
        RosterMember hipo = content.hipo();
        PdfPTable table = table(2, new float[]{1, 3});
        row(table, t.get("plans.pdf.name"), hipo.displayName());
        if (hipo.person() != null) {
            row(table, t.get("plans.pdf.role"), hipo.person().title() + ", " + hipo.person().function());
        }
        row(table, t.get("plans.pdf.manager"), content.manager() == null ? "–" : content.manager().fullName());
        for (Guide guide : content.guides()) {
            row(table, t.get("plans.pdf.guide." + guide.kind().name()), guide.name());
        }
        document.add(table);
    }

    private static void strengths(Document document, DevelopmentPlan plan, Texts t) {
        heading(document, t.get("plans.pdf.strengths"));
        document.add(new Paragraph(plan.strengths().isBlank() ? "–" : plan.strengths(), BODY));
    }

    private static void gaps(Document document, List<Gap> gaps, Texts t) {
        heading(document, t.get("plans.pdf.gaps"));
        if (gaps.isEmpty()) {
            document.add(new Paragraph(t.get("plans.pdf.none"), BODY));
            return;
        }
        PdfPTable table = table(4, new float[]{3, 1, 1, 4});
        header(table, t.get("plans.pdf.capability"), t.get("plans.pdf.current"), t.get("plans.pdf.target"),
                t.get("plans.pdf.evidence"));
        for (Gap gap : gaps) {
            cells(table, gap.capabilityName(), String.valueOf(gap.currentLevel()), String.valueOf(gap.targetLevel()),
                    gap.evidence());
        }
        document.add(table);
    }

    private static void goals(Document document, Content content, Texts t) {
        heading(document, t.get("plans.pdf.goals"));
        if (content.plan().goals().isEmpty()) {
            document.add(new Paragraph(t.get("plans.pdf.none"), BODY));
            return;
        }
        Map<UUID, String> titles = content.objectives().stream()
                .collect(Collectors.toMap(Objective::id, Objective::title));
        PdfPTable table = table(5, new float[]{4, 3, 2, 2, 3});
        header(table, t.get("plans.pdf.outcome"), t.get("plans.pdf.measure"), t.get("plans.pdf.goalTarget"),
                t.get("plans.pdf.due"), t.get("plans.pdf.objectives"));
        for (Goal goal : content.plan().goals()) {
            cells(table, goal.outcome(), goal.measure(), goal.target(), t.date(goal.dueDate()),
                    goal.objectiveIds().stream().map(titles::get).filter(java.util.Objects::nonNull)
                            .collect(Collectors.joining("; ")));
        }
        document.add(table);
    }

    private static void activities(Document document, DevelopmentPlan plan, Texts t) {
        heading(document, t.get("plans.pdf.activities"));
        if (plan.activities().isEmpty()) {
            document.add(new Paragraph(t.get("plans.pdf.none"), BODY));
            return;
        }
        Map<UUID, Goal> goals = plan.goals().stream().collect(Collectors.toMap(Goal::id, Function.identity()));
        PdfPTable table = table(5, new float[]{4, 3, 3, 2, 2});
        header(table, t.get("plans.pdf.activity"), t.get("plans.pdf.kind"), t.get("plans.pdf.when"),
                t.get("plans.pdf.owner"), t.get("plans.pdf.status"));
        for (Activity activity : plan.activities()) {
            Goal goal = activity.goalId() == null ? null : goals.get(activity.goalId());
            String title = goal == null ? activity.title()
                    : activity.title() + "\n" + t.get("plans.pdf.forGoal", goal.outcome());
            cells(table, title,
                    t.get("plans.kind." + activity.kind().name()) + " (" + t.get("plans.mode." + activity.kind().mode().name()) + ")",
                    t.period(activity.startsOn(), activity.endsOn()), activity.owner(),
                    t.get("plans.status." + activity.status().name()));
        }
        document.add(table);
    }

    private static void signatures(Document document, Content content, Texts t) {
        heading(document, t.get("plans.pdf.signOff"));
        document.add(new Paragraph(t.get("plans.pdf.signOffText"), BODY));
        PdfPTable table = table(2, new float[]{1, 1});
        String manager = content.manager() == null ? "" : content.manager().fullName();
        for (String who : List.of(t.get("plans.pdf.signHipo", content.hipo().displayName()),
                t.get("plans.pdf.signManager", manager))) {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(0);
            cell.setPaddingTop(36);
            cell.addElement(new Paragraph("______________________________", BODY));
            cell.addElement(new Paragraph(who, BODY));
            cell.addElement(new Paragraph(t.get("plans.pdf.dateLine"), BODY));
            table.addCell(cell);
        }
        document.add(table);
        if (content.plan().signOff() != null) {
            document.add(new Paragraph(t.get("plans.pdf.signedOff", content.plan().signOff().managerName(),
                    t.date(content.plan().signOff().signedAt().atZone(ZoneId.systemDefault()).toLocalDate()),
                    content.plan().signOff().recordedBy()), BODY));
        }
    }

    private static void heading(Document document, String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    private static PdfPTable table(int columns, float[] widths) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setWidths(widths);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        return table;
    }

    private static void row(PdfPTable table, String label, String value) {
        table.addCell(cell(label, LABEL));
        table.addCell(cell(value, BODY));
    }

    private static void header(PdfPTable table, String... labels) {
        for (String label : labels) {
            table.addCell(cell(label, LABEL));
        }
    }

    private static void cells(PdfPTable table, String... values) {
        for (String value : values) {
            table.addCell(cell(value, BODY));
        }
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(new Chunk(text, font)));
        cell.setPadding(4);
        return cell;
    }

    /** Translations and dates in the reader's language. */
    private record Texts(AscentI18NProvider i18n, Locale locale) {

        String get(String key, Object... arguments) {
            return i18n.getTranslation(key, locale, arguments);
        }

        String date(LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
        }

        String period(@Nullable LocalDate from, @Nullable LocalDate to) {
            if (from == null && to == null) {
                return get("plans.pdf.unscheduled");
            }
            return (from == null ? "…" : date(from)) + " – " + (to == null ? "…" : date(to));
        }
    }
}
